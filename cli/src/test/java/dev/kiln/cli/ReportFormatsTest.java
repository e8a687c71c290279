package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.stdlib.testing.GoldenFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The machine-readable reports of {@code validate -format}, pinned by golden files
 * ({@code src/test/resources/reports/*}; rewrite with {@code -Dgolden.update=true}).
 */
class ReportFormatsTest {

    /** Two errors, one on a line with a non-ASCII character so UTF-16 columns are exercised. */
    private static final String BROKEN = "a = \"👍\" b = 2\nc = [1 2]\n";

    @TempDir
    Path dir;

    private String report(String format) throws IOException {
        Path file = dir.resolve("broken.pkr.hcl");
        Files.writeString(file, BROKEN);
        CliRun run = CliRun.of("validate", "-syntax-only", "-format=" + format, file.toString());
        assertEquals(1, run.exit(), run.err());
        assertEquals("", run.err(), "machine formats leave stderr empty");
        return run.out().replace(dir.toString(), "DIR");
    }

    @Test
    void json() throws IOException {
        check("json.txt", report("json"));
    }

    @Test
    void sarif() throws IOException {
        check("sarif.txt", report("sarif"));
    }

    @Test
    void github() throws IOException {
        check("github.txt", report("github"));
    }

    @Test
    void successInMachineFormatsIsAnEmptyReport() throws IOException {
        Path file = Files.writeString(dir.resolve("ok.pkr.hcl"), "a = 1\n");
        CliRun run = CliRun.of("validate", "-syntax-only", "-format=json", file.toString());
        assertEquals(0, run.exit());
        assertEquals("[]\n", run.out());
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun run = CliRun.of("validate", "-syntax-only", "-format=xml", dir.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("expected one of text, json, sarif, github"), run.err());
    }

    private static void check(String name, String actual) {
        GoldenFile.check("reports/" + name, actual);
    }
}
