package dev.kiln.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.render.ParamArguments;
import dev.kiln.compiler.schema.PluginSchemas;
import dev.kiln.compiler.source.Documents;
import dev.kiln.compiler.variables.VariableInputs;
import dev.kiln.compiler.variables.VariableValue;
import dev.kiln.stdlib.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade: one request, one immutable result, disk and in-memory documents through one path. */
class CompilerTest {

    private static final Compiler COMPILER = new Compiler(PluginSchemas.none());

    @TempDir
    Path dir;

    @Test
    void documentReplacesTheFileOnDisk() throws IOException {
        Path file = dir.resolve("main.pkr.hcl");
        Files.writeString(file, "variable \"a\" {\n  default = \"disk\"\n}\n");
        Compilation onDisk = COMPILER.compile(CompileRequest.of(dir, CompileStage.SCOPE));
        Compilation edited = COMPILER.compile(CompileRequest.of(dir, CompileStage.SCOPE)
                .withDocuments(Documents.of(Map.of(file, "variable \"a\" {\n  default = \"buffer\"\n}\n"))));
        assertEquals(Value.string("disk"), variable(onDisk, "a"));
        assertEquals(Value.string("buffer"), variable(edited, "a"));
        assertTrue(edited.sources().file(file.toString()).text().contains("buffer"), "the document's text is quoted");
    }

    @Test
    void unsavedNewFileIsPartOfItsDirectory() throws IOException {
        Files.writeString(dir.resolve("main.pkr.hcl"), "variable \"a\" {\n  default = var.b\n}\n");
        Compilation compilation = COMPILER.compile(CompileRequest.of(dir, CompileStage.PARSE)
                .withDocuments(Documents.of(Map.of(dir.resolve("new.pkr.hcl"), "b = \n"))));
        assertEquals(
                List.of("Invalid expression"),
                compilation.diagnostics().stream().map(Diagnostic::summary).toList());
        assertEquals(
                dir.resolve("new.pkr.hcl").toString(),
                compilation.diagnostics().get(0).subject().file());
    }

    @Test
    void documentAutoVarFileWinsOverTheOneOnDisk() throws IOException {
        Files.writeString(dir.resolve("main.pkr.hcl"), "variable \"a\" {\n  type = string\n}\n");
        Path vars = dir.resolve("x.auto.pkrvars.hcl");
        Files.writeString(vars, "a = \"disk\"\n");
        Compilation compilation = COMPILER.compile(CompileRequest.of(dir, CompileStage.SCOPE)
                .withDocuments(Documents.of(Map.of(vars, "a = \"buffer\"\n"))));
        assertEquals(Value.string("buffer"), variable(compilation, "a"));
        assertNotNull(compilation.sources().file(vars.toString()), "the var file is quotable");
    }

    @Test
    void plainConfigurationNeverReadsItsParameters() throws IOException {
        Files.writeString(dir.resolve("main.pkr.hcl"), "variable \"a\" {\n  default = 1\n}\n");
        Compilation compilation = COMPILER.compile(CompileRequest.of(dir, CompileStage.PARSE)
                .withParams(
                        new ParamArguments(List.of(dir.resolve("missing.json").toString()), List.of())));
        assertEquals(List.of(), compilation.diagnostics());
    }

    @Test
    void diagnosticsOfRenderedFilesPointAtTheTemplate() throws IOException {
        Files.writeString(
                dir.resolve("main.pkr.hcl.j2"), "{# a comment #}\nvariable \"a\" {\n  default = {{ params.v }}\n}\n");
        Compilation compilation = COMPILER.compile(CompileRequest.of(dir, CompileStage.PLAN)
                .withParams(new ParamArguments(List.of(), List.of("v=nope")))
                .withVariables(VariableInputs.none()));
        Diagnostic unknown = compilation.diagnostics().stream()
                .filter(d -> d.summary().equals("Variables not allowed"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(compilation.diagnostics()));
        assertEquals(
                dir.resolve("main.pkr.hcl.j2").toString(), unknown.subject().file());
        assertEquals(3, unknown.subject().start().line());
    }

    @Test
    void missingPathIsOneError() {
        Compilation compilation = COMPILER.compile(CompileRequest.of(dir.resolve("nope"), CompileStage.PLAN));
        assertTrue(compilation.loadFailed());
        assertEquals(
                "Cannot read " + dir.resolve("nope"),
                compilation.loadDiagnostics().get(0).summary());
        assertFalse(compilation.diagnostics().stream().anyMatch(d -> d.summary().equals("Missing build block")));
    }

    @Test
    void decodeChecksTheDeclarationsAndLeavesPluginBodiesAlone() throws IOException {
        Files.writeString(
                dir.resolve("main.pkr.hcl"),
                "variable \"a\" {\n  type = number\n}\n"
                        + "source \"nosuch\" \"x\" {\n  anything = 1\n}\nbuild {\n  sources = [\"source.nosuch.x\"]\n}\n");
        Compilation compilation = COMPILER.compile(CompileRequest.of(dir, CompileStage.DECODE)
                .withVariables(new VariableInputs(List.of(), List.of("a=1"), Map.of(), true)));
        assertEquals(List.of(), compilation.diagnostics());
        assertEquals(
                List.of("a"),
                compilation.template().variables().stream().map(v -> v.name()).toList());
        assertTrue(compilation.template().sources().isEmpty());
        assertTrue(compilation.template().builds().isEmpty());
        assertTrue(compilation.scope().isEmpty());

        Files.writeString(dir.resolve("main.pkr.hcl"), "foo {}\n");
        assertTrue(COMPILER.compile(CompileRequest.of(dir, CompileStage.DECODE)).hasErrors());
        assertFalse(COMPILER.compile(CompileRequest.of(dir, CompileStage.PARSE)).hasErrors());
    }

    private static Value variable(Compilation compilation, String name) {
        return compilation.scope().orElseThrow().variables().stream()
                .filter(v -> v.name().equals(name))
                .map(VariableValue::value)
                .findFirst()
                .orElseThrow();
    }
}
