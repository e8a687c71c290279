package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiln render} and the parameter options of {@code kiln validate -syntax-only}. */
class RenderCommandTest {

    @TempDir
    Path dir;

    private Path config() throws IOException {
        Path step = Files.createDirectories(dir.resolve("step"));
        Files.writeString(
                dir.resolve("workflow.json"), "{\n  // shared\n  \"vpc\": \"main\", \"regions\": [\"a\", \"b\"]\n}\n");
        Files.writeString(step.resolve("step.json"), "{\"name\": \"web\", \"vpc\": \"step-vpc\"}");
        Files.writeString(step.resolve("main.pkr.hcl.j2"), """
                {% for r in params.workflow.regions %}
                source "null" "{{ r }}" {
                  communicator = {{ params.step.name | hcl }}
                }
                {% endfor %}
                """);
        Files.writeString(step.resolve("plain.pkr.hcl"), "locals {\n  x = \"${1}\"\n}\n");
        return step;
    }

    @Test
    void printsEachRenderedFileWithAHeader() throws IOException {
        Path step = config();
        CliRun run = CliRun.of(
                "render",
                "--params",
                "workflow=" + dir.resolve("workflow.json"),
                "--params",
                "step=" + step.resolve("step.json"),
                step.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("# " + step.resolve("main.pkr.hcl") + " (rendered from "), run.out());
        assertTrue(run.out().contains("source \"null\" \"b\" {\n  communicator = \"web\"\n}"), run.out());
    }

    @Test
    void writesToAnOutputDirectoryAndRefusesTheConfigurationDirectory() throws IOException {
        Path step = config();
        Path out = dir.resolve("out");
        String[] params = {
            "--params", "workflow=" + dir.resolve("workflow.json"), "--params", "step=" + step.resolve("step.json")
        };
        CliRun run = CliRun.of(concat(concat(new String[] {"render"}, params), "-o", out.toString(), step.toString()));
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(out.resolve("main.pkr.hcl")).contains("source \"null\" \"a\""));
        CliRun into =
                CliRun.of(concat(concat(new String[] {"render"}, params), "-o", step.toString(), step.toString()));
        assertEquals(1, into.exit());
        assertTrue(into.err().contains("Refusing to write into the configuration directory"), into.err());
        assertFalse(Files.exists(step.resolve("main.pkr.hcl")));
    }

    @Test
    void paramOverridesParamsFiles() throws IOException {
        Path step = config();
        CliRun run = CliRun.of(
                "render",
                "--params",
                "workflow=" + dir.resolve("workflow.json"),
                "--params",
                "step=" + step.resolve("step.json"),
                "--param",
                "step.name=db",
                step.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("communicator = \"db\""), run.out());
    }

    @Test
    void validateRendersTransparentlyAndReportsTemplateLines() throws IOException {
        Path step = config();
        CliRun missing = CliRun.of(
                "validate",
                "-syntax-only",
                "-color=false",
                "--params",
                "workflow=" + dir.resolve("workflow.json"),
                step.toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("Error: Undefined template variable"), missing.err());
        assertTrue(missing.err().contains("main.pkr.hcl.j2 line 3"), missing.err());

        Path kept = dir.resolve("kept");
        CliRun ok = CliRun.of(
                "validate",
                "-syntax-only",
                "--params",
                "workflow=" + dir.resolve("workflow.json"),
                "--params",
                "step=" + step.resolve("step.json"),
                "--keep-rendered",
                kept.toString(),
                step.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(Files.exists(kept.resolve("main.pkr.hcl")));
    }

    @Test
    void hclErrorsInRenderedOutputPointAtTheTemplate() throws IOException {
        Files.writeString(dir.resolve("workflow.json"), "{\"regions\": [\"a\", \"b\"]}");
        Files.writeString(
                dir.resolve("main.pkr.hcl.j2"),
                "locals {\n{% for r in params.regions %}\n  {{ r }} = 1 2\n{% endfor %}\n}\n");
        CliRun run = CliRun.of(
                "validate",
                "-syntax-only",
                "-color=false",
                "--params",
                dir.resolve("workflow.json").toString(),
                dir.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("main.pkr.hcl.j2 line 3"), run.err());
        assertTrue(run.err().contains("(rendered line 3 of"), run.err());
        // The second iteration makes the same mistake at the same template line: one error, not two.
        assertFalse(run.err().contains("(rendered line 5 of"), run.err());
    }

    @Test
    void badParamFileIsADiagnosticAtItsLine() throws IOException {
        Path step = config();
        Files.writeString(dir.resolve("bad.json"), "{\n  \"a\": 1,\n  \"b\" 2\n}\n");
        CliRun run = CliRun.of(
                "render", "-color=false", "--params", dir.resolve("bad.json").toString(), step.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("Error: Missing colon"), run.err());
        assertTrue(run.err().contains("bad.json line 3"), run.err());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
