package dev.kiln.compiler.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@link UnifiedDiff} prints what {@code diff -u --label old/P --label new/P} prints (expected.diff files came from GNU diff). */
class UnifiedDiffTest {

    @TestFactory
    Stream<DynamicTest> matchesGnuDiffOnGoldenCases() throws IOException {
        return HclFormatterGoldenTest.cases()
                .filter(dir -> Files.exists(dir.resolve("expected.diff")))
                .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path dir) throws IOException {
        String input = HclFormatterGoldenTest.read(dir.resolve(HclFormatterGoldenTest.INPUT));
        String expected = HclFormatterGoldenTest.read(dir.resolve(HclFormatterGoldenTest.EXPECTED));
        assertEquals(
                HclFormatterGoldenTest.read(dir.resolve("expected.diff")),
                UnifiedDiff.ofFormatting("template.pkr.hcl", input, expected));
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertEquals("", UnifiedDiff.ofFormatting("a.pkr.hcl", "a = 1\n", "a = 1\n"));
    }

    @Test
    void singleChangedLine() {
        assertEquals("""
                --- old/a.pkr.hcl
                +++ new/a.pkr.hcl
                @@ -1 +1 @@
                -a=1
                +a = 1
                """, UnifiedDiff.ofFormatting("a.pkr.hcl", "a=1\n", "a = 1\n"));
    }

    @Test
    void distantChangesMakeSeparateHunksWithThreeLinesOfContext() {
        String before = "a=1\n2\n3\n4\n5\n6\n7\n8\n9\nb=2\n";
        String after = "a = 1\n2\n3\n4\n5\n6\n7\n8\n9\nb = 2\n";
        assertEquals("""
                --- old/p
                +++ new/p
                @@ -1,4 +1,4 @@
                -a=1
                +a = 1
                 2
                 3
                 4
                @@ -7,4 +7,4 @@
                 7
                 8
                 9
                -b=2
                +b = 2
                """, UnifiedDiff.ofFormatting("p", before, after));
    }

    @Test
    void changesSixLinesApartShareAHunk() {
        String before = "a=1\n2\n3\n4\n5\n6\n7\nb=2\n";
        String after = "a = 1\n2\n3\n4\n5\n6\n7\nb = 2\n";
        assertEquals("""
                --- old/p
                +++ new/p
                @@ -1,8 +1,8 @@
                -a=1
                +a = 1
                 2
                 3
                 4
                 5
                 6
                 7
                -b=2
                +b = 2
                """, UnifiedDiff.ofFormatting("p", before, after));
    }

    @Test
    void missingFinalNewlineIsMarked() {
        assertEquals("""
                --- old/p
                +++ new/p
                @@ -1 +1 @@
                -a
                \\ No newline at end of file
                +a
                """, UnifiedDiff.ofFormatting("p", "a", "a\n"));
    }

    @Test
    void insertionIntoEmptyFile() {
        assertEquals("""
                --- old/p
                +++ new/p
                @@ -0,0 +1,2 @@
                +a
                +b
                """, UnifiedDiff.ofFormatting("p", "", "a\nb\n"));
    }

    @Test
    void carriageReturnsStayInTheLines() {
        assertEquals(
                "--- old/p\n+++ new/p\n@@ -1 +1 @@\n-a=1\r\n+a = 1\r\n",
                UnifiedDiff.ofFormatting("p", "a=1\r\n", "a = 1\r\n"));
    }
}
