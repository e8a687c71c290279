package dev.kiln.stdlib.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The one golden-file helper of every module (shared through this module's test jar): compares
 * generated text with a file in the source tree. A missing expected file is written and the test
 * fails, so a new case is reviewed before it counts; with {@code -Dgolden.update=true} every
 * expected file is rewritten from what the code produces now (then review the diff). Tests run
 * with their module as the working directory, so paths are relative to it.
 */
public final class GoldenFile {

    private static final Path RESOURCES = Path.of("src", "test", "resources");

    private GoldenFile() {}

    /** True when the run was asked to rewrite golden files. */
    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    /** The directory of an area's cases in the source tree: {@code src/test/resources/AREA}. */
    public static Path area(String area) {
        return RESOURCES.resolve(area);
    }

    /** The current text of the golden file at {@code relativePath} under {@code src/test/resources}, or null if it does not exist. */
    public static String read(String relativePath) {
        Path file = RESOURCES.resolve(relativePath);
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks {@code actual} against the golden file at {@code relativePath} under {@code src/test/resources}. */
    public static void check(String relativePath, String actual) {
        check(RESOURCES.resolve(relativePath), actual);
    }

    /** Checks {@code actual} against the file {@code expected}, or rewrites it in update mode; a missing file is written and fails. */
    public static void check(Path expected, String actual) {
        try {
            boolean missing = !Files.exists(expected);
            if (updating() || missing) {
                Files.createDirectories(expected.toAbsolutePath().getParent());
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
                if (missing)
                    fail("golden file " + expected + " did not exist and has been written; review it and run again");
                return;
            }
            assertEquals(
                    Files.readString(expected, StandardCharsets.UTF_8),
                    actual,
                    "golden file " + expected + " differs; rerun with -Dgolden.update=true to accept");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One dynamic test per case directory of {@code area}: {@code produce} maps the input file
     * {@code inputName} of the case to the actual output, which must equal the case's file
     * {@code expectedName}.
     */
    public static Stream<DynamicTest> cases(
            String area, String inputName, String expectedName, Function<Path, String> produce) {
        return cases(area(area), inputName, expectedName, produce);
    }

    /** {@link #cases(String, String, String, Function)} for case directories under {@code root}. */
    public static Stream<DynamicTest> cases(
            Path root, String inputName, String expectedName, Function<Path, String> produce) {
        List<Path> dirs = caseDirectories(root);
        return dirs.stream()
                .map(dir -> DynamicTest.dynamicTest(
                        dir.getFileName().toString(),
                        () -> check(dir.resolve(expectedName), produce.apply(dir.resolve(inputName)))));
    }

    /** The case directories directly under {@code root}, sorted by name; none is an error. */
    public static List<Path> caseDirectories(Path root) {
        List<Path> dirs;
        try (Stream<Path> list = Files.list(root)) {
            dirs = list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (dirs.isEmpty()) fail("no golden cases under " + root);
        return dirs;
    }
}
