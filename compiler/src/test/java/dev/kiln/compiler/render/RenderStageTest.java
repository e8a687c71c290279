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
        for (String expression : List.of(
                "params.getClass()",
                "params.list.getClass().getName()",
                "'x'.getClass()",
                "params.class",
                "params.list.class.forName('java.lang.Runtime')")) {
            String out = TemplateRenderer.render("{{ " + expression + " }}", Map.of("list", List.of(1)));
            assertTrue(out.startsWith("ERROR "), expression + " rendered " + out);
        }
    }

    @Test
    void undefinedNamesFailEvenUnderFilters() {
        assertTrue(
                TemplateRenderer.render("{{ params.nope }}", Map.of()).startsWith("ERROR Undefined template variable"));
        assertTrue(TemplateRenderer.render("{{ params.a.nope | hcl }}", Map.of("a", Map.of()))
                .startsWith("ERROR Undefined template variable"));
        assertEquals("x", TemplateRenderer.render("{{ params.nope | default('x') }}", Map.of()));
        java.util.Map<String, Object> withNull = new java.util.HashMap<>();
        withNull.put("n", null);
        assertEquals(
                "null|no",
                TemplateRenderer.render("{{ params.n | hcl }}|{% if params.n %}yes{% else %}no{% endif %}", withNull));
    }

    @Test
    void includesOutsideTheDirectoryAreRefusedSymlinksIncluded() throws IOException {
        Path outside = Files.writeString(dir.resolve("secret.txt"), "secret");
        Path root = Files.createDirectories(dir.resolve("config"));
        Files.writeString(root.resolve("inner.j2"), "inner");
        Files.createSymbolicLink(root.resolve("link.j2"), outside);
        for (String name : List.of("../secret.txt", "/etc/passwd", "../../etc/passwd", "link.j2")) {
            Files.writeString(root.resolve("main.pkr.hcl.j2"), "{% include '" + name + "' %}");
            Rendering r =
                    RenderStage.run(root, List.of(root.resolve("main.pkr.hcl.j2")), Params.NONE, RenderLimits.DEFAULT);
            assertTrue(r.hasErrors(), name);
            assertEquals(
                    "Template outside the configuration directory",
                    r.diagnostics().get(0).summary(),
                    name);
        }
        Files.writeString(root.resolve("main.pkr.hcl.j2"), "a{% include 'inner.j2' %}");
        Rendering ok =
                RenderStage.run(root, List.of(root.resolve("main.pkr.hcl.j2")), Params.NONE, RenderLimits.DEFAULT);
        assertEquals("ainner", ok.rendered().get(0).rendered().text());
    }

    @Test
    void importAndExtendsStayInsideTheDirectorySymlinksIncluded() throws IOException {
        Path outside = Files.writeString(dir.resolve("macros.j2"), "{% macro m() %}secret{% endmacro %}");
        Path root = Files.createDirectories(dir.resolve("config"));
        Files.createSymbolicLink(root.resolve("link.j2"), outside);
        Files.createSymbolicLink(root.resolve("up"), dir);
        for (String tag : List.of(
                "{% import '%s' as x %}{{ x.m() }}", "{% from '%s' import m %}{{ m() }}", "{% extends '%s' %}")) {
            for (String name : List.of(
                    "../macros.j2",
                    "link.j2",
                    "up/macros.j2",
                    dir.resolve("macros.j2").toString())) {
                Files.writeString(root.resolve("main.pkr.hcl.j2"), tag.replace("%s", name));
                Rendering r = RenderStage.run(
                        root, List.of(root.resolve("main.pkr.hcl.j2")), Params.NONE, RenderLimits.DEFAULT);
                assertTrue(r.hasErrors(), tag + " " + name);
                assertEquals(
                        "Template outside the configuration directory",
                        r.diagnostics().get(0).summary(),
                        tag + " " + name);
            }
        }
    }

    /** Each of these ran for minutes or took gigabytes (#15); each now stops at once with one clear error. */
    @Test
    void hostileTemplatesStopQuicklyWithAnError() throws IOException {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put(
                "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
                "Rendering took too long");
        cases.put("{{ 'x'.repeat(2000000000) }}", "Method call not allowed");
        cases.put("{{ 'abc'.toUpperCase() }}", "Method call not allowed");
        cases.put("{{ 'x'.bytes }}", "Undefined template variable");
        cases.put("{{ 'a\nb' | indent(2000000000) }}", "Invalid filter input");
        cases.put("{{ 'x' | center(2000000000) }}", "Invalid filter input");
        cases.put("{{ '%0999999999d' | format(1) }}", "Invalid filter input");
        cases.put("{% set l = [1] %}{% for i in range(40) %}{% do l.extend(l) %}{% endfor %}", "Template syntax error");
        cases.put("{{ " + "(".repeat(5000) + "1" + ")".repeat(5000) + " }}", "Template nested too deeply");
        RenderLimits limits = new RenderLimits(16L << 20, 10, 100_000, java.time.Duration.ofSeconds(1));
        Path root = Files.createDirectories(dir.resolve("hostile"));
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Files.writeString(root.resolve("main.pkr.hcl.j2"), c.getKey());
            long start = System.nanoTime();
            Rendering r = RenderStage.run(root, List.of(root.resolve("main.pkr.hcl.j2")), Params.NONE, limits);
            long millis = (System.nanoTime() - start) / 1_000_000;
            String shown = c.getKey().substring(0, Math.min(60, c.getKey().length()));
            assertTrue(r.hasErrors(), shown);
            assertEquals(c.getValue(), r.diagnostics().get(0).summary(), shown + ": " + r.diagnostics());
            assertTrue(millis < 5_000, shown + " took " + millis + " ms");
        }
        Files.writeString(
                root.resolve("main.pkr.hcl.j2"),
                "{{ params.m.items() | list | length }}{% set l = [1] %}{% do l.append(2) %}{{ l }}");
        Rendering ok = RenderStage.run(
                root,
                List.of(root.resolve("main.pkr.hcl.j2")),
                new Params(Map.of("m", Map.of("k", "v")), List.of(), List.of()),
                limits);
        assertEquals(List.of(), ok.diagnostics());
        assertEquals("1[1, 2]", ok.rendered().get(0).rendered().text());
    }

    @Test
    void recursionAndOutputAreBounded() {
        assertTrue(TemplateRenderer.render("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", Map.of())
                .startsWith("ERROR Recursive template"));
        // 16 Mi nodes rendered before the output limit: not the time limit, even on a loaded machine.
        Path root = dir.resolve("output");
        try {
            Files.createDirectories(root);
            Files.writeString(
                    root.resolve("main.pkr.hcl.j2"),
                    "{% for i in range(99999) %}{% for j in range(99999) %}x{% endfor %}{% endfor %}");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Rendering r = RenderStage.run(
                root,
                List.of(root.resolve("main.pkr.hcl.j2")),
                Params.NONE,
                new RenderLimits(16L << 20, 10, 100_000, java.time.Duration.ofMinutes(5)));
        assertEquals("Rendered output too large", r.diagnostics().get(0).summary());
    }

    @Test
    void paramsMergeDeeplyLaterFilesWinAndParamWinsLast() throws IOException {
        Path a = Files.writeString(
                dir.resolve("a.json"), "{\n  // comment\n  \"x\": {\"y\": 1, \"z\": 2}, \"l\": [1] /* c */\n}");
        Path b = Files.writeString(dir.resolve("b.json"), "{\"x\": {\"z\": 3}, \"l\": [2]}");
        Path c = Files.writeString(dir.resolve("c.json"), "[\"named\"]");
        Params p = Params.load(List.of(
                ParamSpec.params(a.toString()),
                ParamSpec.param("x.y=set"),
                ParamSpec.params(b.toString()),
                ParamSpec.params("step.sub=" + c),
                ParamSpec.param("flag=true")));
        assertEquals(List.of(), p.diagnostics());
        assertEquals(
                Map.of(
                        "x",
                        Map.of("y", "set", "z", 3L),
                        "l",
                        List.of(2L),
                        "step",
                        Map.of("sub", List.of("named")),
                        "flag",
                        true),
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
        Path file = Files.writeString(
                dir.resolve("m.pkr.hcl.j2"),
                "a = 1\n{% for i in params.l %}\n  b{{ i }} = {{ i }}\n  {%- if i > 1 %}\n  c = 3\n  {%- endif %}\n{% endfor %}\nz = 0\n");
        Rendering r = RenderStage.run(
                dir, List.of(file), new Params(Map.of("l", List.of(1, 2)), List.of(), List.of()), RenderLimits.DEFAULT);
        RenderedFile rendered = r.rendered().get(0);
        SourceFile out = rendered.rendered();
        for (int line = 1; line <= out.lineCount(); line++) {
            String text = out.line(line).strip();
            int expected = text.startsWith("a =")
                    ? 1
                    : text.startsWith("b") ? 3 : text.startsWith("c") ? 5 : text.startsWith("z") ? 8 : -1;
            if (expected > 0)
                assertEquals(
                        expected,
                        rendered.origin(line).line(),
                        "rendered line " + line + ": " + text + "\n" + out.text());
        }
    }
}
