package dev.kiln.compiler.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Golden-file tests: each case is a directory under {@code src/test/resources/<area>/} holding an
 * input file and the expected output. Run with {@code -Dgolden.update=true} to rewrite the
 * expectations from what the code produces now (then review the diff).
 */
public final class GoldenFiles {

    private GoldenFiles() {}

    /** Whether expectations are being rewritten rather than checked. */
    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    /** The directory of an area's cases in the source tree (tests run with the module as working directory). */
    public static Path area(String area) {
        return Paths.get("src", "test", "resources", area);
    }

    /**
     * One dynamic test per case directory of {@code area}: {@code produce} maps the input file to
     * the actual output, which must equal the file {@code expectedName} in the case directory.
     */
    public static Stream<DynamicTest> cases(String area, String inputName, String expectedName, Function<Path, String> produce) {
        Path root = area(area);
        List<Path> dirs;
        try (Stream<Path> list = Files.list(root)) {
            dirs = list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (dirs.isEmpty()) fail("no golden cases under " + root);
        return dirs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            String actual = produce.apply(dir.resolve(inputName));
            check(dir.resolve(expectedName), actual);
        }));
    }

    /** Compares {@code actual} with the file {@code expected}, or rewrites it when updating. */
    public static void check(Path expected, String actual) throws IOException {
        if (updating() || !Files.exists(expected)) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            if (!updating()) fail("created missing expectation " + expected + "; review it and run again");
            return;
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, "golden file " + expected);
    }
}
