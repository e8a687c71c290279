package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiln validate -syntax-only}: messages and exit codes. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void validTemplatesPass() throws IOException {
        Files.writeString(dir.resolve("a.pkr.hcl"), "source \"null\" \"x\" {\n  communicator = \"none\"\n}\n");
        CliRun run = CliRun.of("validate", "-syntax-only", dir.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("Syntax-only check passed. Everything looks okay." + System.lineSeparator(), run.out());
        assertEquals("", run.err());
    }

    @Test
    void everyErrorOfEveryPathIsReported() throws IOException {
        Path first = Files.writeString(dir.resolve("a.pkr.hcl"), "a = 1 b = 2\nc = [1 2]\n");
        Path other = Files.createDirectory(dir.resolve("other"));
        Files.writeString(other.resolve("b.pkr.hcl"), "d = \"x\n");
        CliRun run = CliRun.of("validate", "--syntax-only", first.toString(), other.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("Missing newline after argument"), run.err());
        assertTrue(run.err().contains("Missing item separator"), run.err());
        assertTrue(run.err().contains("Invalid multi-line string"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void directoryWithoutTemplates() {
        CliRun run = CliRun.of("validate", "-syntax-only", dir.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("Could not find any config file in " + dir), run.err());
    }

    @Test
    void missingPath() {
        CliRun run = CliRun.of(
                "validate", "-syntax-only", dir.resolve("nope.pkr.hcl").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("There is no file or directory at"), run.err());
    }

    @Test
    void noColourWhenNotOnATerminal() throws IOException {
        Files.writeString(dir.resolve("a.pkr.hcl"), "a = 1 b = 2\n");
        CliRun run = CliRun.of("validate", "-syntax-only", dir.toString());
        assertTrue(!run.err().contains("\u001b["), run.err());
        assertTrue(run.err().contains("^"), "a caret marks the subject without colour: " + run.err());
    }

    @Test
    void readsOneTemplateFromStandardInputUnderTheGivenName() {
        CliRun broken = CliRun.withStdin(
                "locals {\n  a = 1 b = 2\n}\n",
                "validate",
                "-syntax-only",
                "-color=false",
                "-stdin-filename",
                "editor/buffer.pkr.hcl",
                "-");
        assertEquals(1, broken.exit());
        assertTrue(broken.err().contains("on editor/buffer.pkr.hcl line 2"), broken.err());

        CliRun typo = CliRun.withStdin(
                "source \"null\" \"x\" {\n  comunicator = \"none\"\n}\n"
                        + "build {\n  sources = [\"source.null.x\"]\n}\n",
                "validate",
                "-color=false",
                "-");
        assertEquals(1, typo.exit());
        assertTrue(typo.err().contains("on stdin.pkr.hcl line 2"), typo.err());
        assertTrue(typo.err().contains("Did you mean"), typo.err());

        CliRun valid = CliRun.withStdin(
                "source \"null\" \"x\" {\n  communicator = \"none\"\n}\n"
                        + "build {\n  sources = [\"source.null.x\"]\n}\n",
                "validate",
                "-");
        assertEquals(0, valid.exit(), valid.err());
        assertEquals("The configuration is valid.\n", valid.out());
    }
}
