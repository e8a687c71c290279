package dev.kiln.stdlib.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The shared golden helper: a missing expectation is written and fails; a different one fails. */
class GoldenFileTest {

    @TempDir
    Path dir;

    @Test
    void missingExpectationIsWrittenAndFails() throws IOException {
        Path expected = dir.resolve("case/expected.txt");
        assertThrows(AssertionFailedError.class, () -> GoldenFile.check(expected, "new output\n"));
        assertEquals("new output\n", Files.readString(expected));
        assertDoesNotThrow(() -> GoldenFile.check(expected, "new output\n"), "the written file then passes");
    }

    @Test
    void differentOutputFails() throws IOException {
        assumeFalse(GoldenFile.updating(), "an update run rewrites instead of comparing");
        Path expected = Files.writeString(dir.resolve("expected.txt"), "old\n");
        assertThrows(AssertionFailedError.class, () -> GoldenFile.check(expected, "new\n"));
        assertEquals("old\n", Files.readString(expected));
    }
}
