package dev.kiln.stdlib.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares generated text with a file under {@code src/test/resources}; with {@code
 * -Dgolden.update=true} rewrites the file instead. A missing file is written and the test fails.
 */
public final class GoldenFile {

    private static final Path RESOURCES = Path.of("src", "test", "resources");

    private GoldenFile() {}

    /** True when the run was asked to rewrite golden files. */
    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    /** The current text of the golden file at {@code relativePath}, or null if it does not exist. */
    public static String read(String relativePath) {
        Path file = RESOURCES.resolve(relativePath);
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Checks {@code actual} against the golden file, or rewrites it in update mode. */
    public static void check(String relativePath, String actual) {
        Path file = RESOURCES.resolve(relativePath);
        String expected = read(relativePath);
        if (updating() || expected == null) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (expected == null) {
                fail("golden file " + file + " did not exist and has been written; review and rerun");
            }
            return;
        }
        assertEquals(expected, actual, "golden file " + file + " differs; rerun with -Dgolden.update=true to accept");
    }
}
