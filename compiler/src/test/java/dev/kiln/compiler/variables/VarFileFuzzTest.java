package dev.kiln.compiler.variables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kiln.compiler.config.ConfigFiles;
import dev.kiln.compiler.config.ConfigFiles.LoadedFile;
import dev.kiln.compiler.config.ConfigLoader;
import dev.kiln.compiler.config.Template;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.schema.PluginSchemas;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.ParsedFiles;
import dev.kiln.compiler.testing.DiagnosticRanges;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A {@code -var-file} of any content, native or JSON, against variables of several types: values
 * or located diagnostics, never an exception.
 */
class VarFileFuzzTest {

    private static final String DECLARATIONS = """
            variable "a" { type = string }
            variable "b" {
              type    = list(number)
              default = []
            }
            variable "c" {
              type    = object({ x = optional(number, 1), y = map(string) })
              default = { y = {} }
            }
            variable "d" {
              type      = any
              default   = null
              sensitive = true
            }
            """;
    private static final Path DIRECTORY = directory();

    @FuzzTest
    void nativeVarFile(byte[] input) {
        read("x.pkrvars.hcl", input);
    }

    @FuzzTest
    void jsonVarFile(byte[] input) {
        read("x.pkrvars.json", input);
    }

    private static void read(String name, byte[] input) {
        Path varFile = DIRECTORY.resolve(name);
        try {
            Files.write(varFile, input);
            ParsedFiles files = new ParsedFiles();
            Diagnostics diagnostics = new Diagnostics();
            LoadedFile file = ConfigFiles.parse(new SourceFile("t.pkr.hcl", DECLARATIONS), files, diagnostics);
            Template template =
                    new ConfigLoader(PluginSchemas.none()).decode(DIRECTORY.toString(), List.of(file), diagnostics);
            ScopeResult result = TemplateScope.evaluate(
                    template,
                    new VariableInputs(List.of(varFile.toString()), List.of(), Map.of(), true),
                    ScopeOptions.validate(VariablesGoldenTest.FIXED));
            assertEquals(4, result.variables().size());
            SourceFile read = SourceFile.read(varFile, varFile.toString());
            DiagnosticRanges.assertInside(read, result.diagnostics());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory() {
        try {
            return Files.createTempDirectory("kiln-var-file-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
