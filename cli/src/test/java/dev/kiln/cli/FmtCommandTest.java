package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiln fmt} as {@code packer fmt} behaves: what it prints, writes and exits with. */
class FmtCommandTest {

    private static final String UNFORMATTED = "a=1\nbb = \"x\"\n";
    private static final String FORMATTED = "a  = 1\nbb = \"x\"\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void rewritesChangedFilesAndListsThem() throws IOException {
        Path changed = write("a.pkr.hcl", UNFORMATTED);
        Path unchanged = write("b.pkrvars.hcl", FORMATTED);
        CliRun run = CliRun.of("fmt", dir.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(changed + System.lineSeparator(), run.out());
        assertEquals(FORMATTED, Files.readString(changed));
        assertEquals(FORMATTED, Files.readString(unchanged));
    }

    @Test
    void checkExitsThreeAndWritesNothing() throws IOException {
        Path file = write("a.pkr.hcl", UNFORMATTED);
        for (String flag : new String[] {"-check", "--check", "-check=true"}) {
            CliRun run = CliRun.of("fmt", flag, file.toString());
            assertEquals(3, run.exit(), flag + ": " + run.err());
            assertEquals(file + System.lineSeparator(), run.out(), flag);
            assertEquals(UNFORMATTED, Files.readString(file), flag);
        }
    }

    @Test
    void checkOfFormattedFilesExitsZero() throws IOException {
        write("a.pkr.hcl", FORMATTED);
        CliRun run = CliRun.of("fmt", "-check", dir.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void diffWithoutWritingShowsAUnifiedDiff() throws IOException {
        Path file = write("a.pkr.hcl", UNFORMATTED);
        CliRun run = CliRun.of("fmt", "-diff", "-write=false", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("--- old/" + file), run.out());
        assertTrue(run.out().contains("-a=1"), run.out());
        assertTrue(run.out().contains("+a  = 1"), run.out());
        assertEquals(UNFORMATTED, Files.readString(file));
    }

    @Test
    void subdirectoriesOnlyWithRecursive() throws IOException {
        Path nested = write("sub/n.pkr.hcl", UNFORMATTED);
        write(".hidden/h.pkr.hcl", UNFORMATTED);
        assertEquals("", CliRun.of("fmt", "-check", dir.toString()).out());
        CliRun run = CliRun.of("fmt", "-check", "-recursive", dir.toString());
        assertEquals(3, run.exit());
        assertEquals(nested + System.lineSeparator(), run.out(), "hidden directories are skipped");
    }

    @Test
    void stdinIsFormattedToStdout() {
        CliRun run = CliRun.withStdin(UNFORMATTED, "fmt", "-");
        assertEquals(0, run.exit(), run.err());
        assertEquals(FORMATTED, run.out());
    }

    @Test
    void stdinCheckPrintsNothingAndExitsThree() {
        CliRun run = CliRun.withStdin(UNFORMATTED, "fmt", "-check", "-");
        assertEquals(3, run.exit());
        assertEquals("", run.out());
    }

    @Test
    void syntaxErrorsAreReportedAndTheFileIsLeftAlone() throws IOException {
        Path broken = write("broken.pkr.hcl", "a = 1 b = 2\n");
        Path other = write("other.pkr.hcl", UNFORMATTED);
        CliRun run = CliRun.of("fmt", dir.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("Error: Missing newline after argument"), run.err());
        assertTrue(run.err().contains("on " + broken + " line 1"), run.err());
        assertEquals("a = 1 b = 2\n", Files.readString(broken));
        assertEquals(FORMATTED, Files.readString(other), "other files are still formatted");
    }

    @Test
    void namedFileMustBeHcl() throws IOException {
        Path json = write("template.json", "{}");
        CliRun run = CliRun.of("fmt", json.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("is not a HCL file"), run.err());
    }

    @Test
    void tabsAreTurnedIntoSpaces() throws IOException {
        Path file = write("t.pkr.hcl", "b {\n\ta = 1\n}\n");
        assertEquals(0, CliRun.of("fmt", file.toString()).exit());
        assertEquals("b {\n  a = 1\n}\n", Files.readString(file));
    }
}
