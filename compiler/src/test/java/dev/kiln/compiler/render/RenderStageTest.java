package dev.kiln.compiler.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.compiler.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The render stage's sandbox, strictness, parameter merging and line map. */
class RenderStageTest {

    @TempDir
    Path dir;

    @Test
    void javaReflectionIsRefused() {
        for (String expression : List.of("params.getClass()", "params.list.getClass().getName()", "'x'.getClass()",
                "params.class", "params.list.class.forName('java.lang.Runtime')")) {
            String out = TemplateRenderer.render("{{ " + expression + " }}", Map.of("list", List.of(1)));
            assertTrue(out.startsWith("ERROR "), expression + " rendered " + out);
        }
    }

    @Test
    void undefinedNamesFailEvenUnderFilters() {
        assertTrue(TemplateRenderer.render("{{ params.nope }}", Map.of()).startsWith("ERROR Undefined template variable"));
        assertTrue(TemplateRenderer.render("{{ params.a.nope | hcl }}", Map.of("a", Map.of()))
                .startsWith("ERROR Undefined template variable"));
        assertEquals("x", TemplateRenderer.render("{{ params.nope | default('x') }}", Map.of()));
        java.util.Map<String, Object> withNull = new java.util.HashMap<>();
        withNull.put("n", null);
        assertEquals("null|no", TemplateRenderer.render("{{ params.n | hcl }}|{% if params.n %}yes{% else %}no{% endif %}", withNull));
    }

    @Test
    void includesOutsideTheDirectoryAreRefusedSymlinksIncluded() throws IOException {
        Path outside = Files.writeString(dir.resolve("secret.txt"), "secret");
        Path root = Files.createDirectories(dir.resolve("config"));
        Files.writeString(root.resolve("inner.j2"), "inner");
        Files.createSymbolicLink(root.resolve("link.j2"), outside);
        for (String name : List.of("../secret.txt", "/etc/passwd", "../../etc/passwd", "link.j2")) {
            Files.writeString(root.resolve("main.pkr.hcl.j2"), "{% include '" + name + "' %}");
            Rendering r = RenderStage.run(root, List.of(root.resolve("main.pkr.hcl.j2")), Params.NONE, RenderLimits.DEFAULT);
            assertTrue(r.hasErrors(), name);
            assertEquals("Template outside the configuration directory", r.diagnostics().get(0).summary(), name);
        }
        Files.writeString(root.resolve("main.pkr.hcl.j2"), "a{% include 'inner.j2' %}");
        Rendering ok = RenderStage.run(root, List.of(root.resolve("main.pkr.hcl.j2")), Params.NONE, RenderLimits.DEFAULT);
        assertEquals("ainner", ok.rendered().get(0).rendered().text());
    }

    @Test
    void recursionAndOutputAreBounded() {
        assertTrue(TemplateRenderer.render("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", Map.of()).startsWith("ERROR Recursive template"));
        assertTrue(TemplateRenderer.render("{% for i in range(99999) %}{% for j in range(99999) %}x{% endfor %}{% endfor %}", Map.of())
                .startsWith("ERROR Rendered output too large"));
    }

    @Test
    void paramsMergeDeeplyLaterFilesWinAndParamWinsLast() throws IOException {
        Path a = Files.writeString(dir.resolve("a.json"), "{\n  // comment\n  \"x\": {\"y\": 1, \"z\": 2}, \"l\": [1] /* c */\n}");
        Path b = Files.writeString(dir.resolve("b.json"), "{\"x\": {\"z\": 3}, \"l\": [2]}");
        Path c = Files.writeString(dir.resolve("c.json"), "[\"named\"]");
        Params p = Params.load(List.of(ParamSpec.params(a.toString()), ParamSpec.param("x.y=set"), ParamSpec.params(b.toString()),
                ParamSpec.params("step.sub=" + c), ParamSpec.param("flag=true")));
        assertEquals(List.of(), p.diagnostics());
        assertEquals(Map.of("x", Map.of("y", "set", "z", 3L), "l", List.of(2L), "step", Map.of("sub", List.of("named")), "flag", true),
                p.values());
    }

    @Test
    void paramFileErrorsHaveLineAndColumn() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"a\": [1, 2,, 3]\n}");
        Params p = Params.load(List.of(ParamSpec.params(bad.toString())));
        assertEquals(1, p.diagnostics().size());
        assertEquals(2, p.diagnostics().get(0).subject().start().line());
        assertEquals(14, p.diagnostics().get(0).subject().start().column());
        assertNull(ParamSpec.param("no-equals"));
    }

    @Test
    void lineMapFollowsLoopsAndWhitespaceControl() throws IOException {
        Path file = Files.writeString(dir.resolve("m.pkr.hcl.j2"),
                "a = 1\n{% for i in params.l %}\n  b{{ i }} = {{ i }}\n  {%- if i > 1 %}\n  c = 3\n  {%- endif %}\n{% endfor %}\nz = 0\n");
        Rendering r = RenderStage.run(dir, List.of(file), new Params(Map.of("l", List.of(1, 2)), List.of(), List.of()), RenderLimits.DEFAULT);
        RenderedFile rendered = r.rendered().get(0);
        SourceFile out = rendered.rendered();
        for (int line = 1; line <= out.lineCount(); line++) {
            String text = out.line(line).strip();
            int expected = text.startsWith("a =") ? 1 : text.startsWith("b") ? 3 : text.startsWith("c") ? 5 : text.startsWith("z") ? 8 : -1;
            if (expected > 0) assertEquals(expected, rendered.origin(line).line(), "rendered line " + line + ": " + text + "\n" + out.text());
        }
    }
}
