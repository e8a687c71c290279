package dev.kiln.compiler.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.stdlib.testing.GoldenFile;
import java.io.IOException;
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
    Stream<DynamicTest> goldenCases() {
        return cases().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path dir) throws IOException {
        String actual = HclFormatter.format(read(dir.resolve(INPUT)));
        GoldenFile.check(dir.resolve(EXPECTED), actual);
        assertEquals(actual, HclFormatter.format(actual), "formatting is idempotent");
    }

    /** The case directories, sorted by name. */
    static Stream<Path> cases() {
        return GoldenFile.caseDirectories(GoldenFile.area("fmt")).stream();
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
