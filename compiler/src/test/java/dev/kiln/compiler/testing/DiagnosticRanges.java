package dev.kiln.compiler.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourceRange;
import java.util.List;

/** Asserts that diagnostics point into the file they are about, for the fuzz tests of every reader. */
public final class DiagnosticRanges {

    private DiagnosticRanges() {}

    /** Every diagnostic about {@code file} has a subject, and its subject and context lie inside the file. */
    public static void assertInside(SourceFile file, List<Diagnostic> diagnostics) {
        for (Diagnostic diagnostic : diagnostics) {
            SourceRange subject = diagnostic.subject();
            assertNotNull(subject, diagnostic.summary());
            if (!subject.file().equals(file.name())) continue;
            assertInside(file, subject);
            if (diagnostic.context() != null) assertInside(file, diagnostic.context());
        }
    }

    /** {@code range} lies inside {@code file}, and its positions agree with its offsets. */
    public static void assertInside(SourceFile file, SourceRange range) {
        int length = file.text().length();
        assertTrue(
                range.start().offset() >= 0
                        && range.start().offset() <= range.end().offset()
                        && range.end().offset() <= length,
                "range " + range + " outside 0.." + length);
        assertTrue(
                range.start().line() >= 1 && range.end().line() <= file.lineCount(), "line outside the file: " + range);
        assertEquals(file.positionOf(range.start().offset()), range.start(), "start position consistent with offset");
        assertEquals(file.positionOf(range.end().offset()), range.end(), "end position consistent with offset");
    }
}
