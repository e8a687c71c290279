package dev.kiln.compiler.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case under {@code src/test/resources/fmt/}: formatting {@code input.pkr.hcl} gives
 * {@code expected.pkr.hcl}, and formatting that again changes nothing. With
 * {@code -Dgolden.update=true} the expected files are rewritten instead of compared.
 */
class HclFormatterGoldenTest {

    static final String INPUT = "input.pkr.hcl";
    static final String EXPECTED = "expected.pkr.hcl";

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        return cases().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path dir) throws IOException {
        String input = read(dir.resolve(INPUT));
        String actual = HclFormatter.format(input);
        Path expectedFile = dir.resolve(EXPECTED);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(sourceTreeCopy(expectedFile), actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(read(expectedFile), actual, "formatted " + dir.getFileName());
        assertEquals(actual, HclFormatter.format(actual), "formatting is idempotent");
    }

    /** The case directories, sorted by name. */
    static Stream<Path> cases() throws IOException {
        Path root = resourceRoot();
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static Path resourceRoot() {
        try {
            return Path.of(HclFormatterGoldenTest.class.getResource("/fmt").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Updates go to src/test/resources, not to the copy Maven made in target/test-classes. */
    private static Path sourceTreeCopy(Path inTarget) {
        Path root = resourceRoot();
        Path relative = root.relativize(inTarget);
        Path source = root.resolve("../../../src/test/resources/fmt").normalize().resolve(relative);
        if (!Files.isDirectory(source.getParent())) {
            throw new UncheckedIOException(new IOException("no source directory for " + inTarget));
        }
        return source;
    }
}
