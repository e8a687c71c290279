package dev.kiln.compiler.syntax;

import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourcePos;
import dev.kiln.compiler.source.SourceRange;

/**
 * Turns ANTLR token positions (code point indices, 0-based columns) into kiln's
 * {@link SourcePos} (UTF-16 offsets, 1-based code point columns).
 */
final class PositionMapper {

    private final SourceFile file;
    /** UTF-16 offset of each code point index, or null when the two coincide (no surrogates). */
    private final int[] utf16Offsets;

    PositionMapper(SourceFile file) {
        this.file = file;
        String text = file.text();
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            utf16Offsets = null;
        } else {
            utf16Offsets = new int[codePoints + 1];
            int offset = 0;
            for (int i = 0; i < codePoints; i++) {
                utf16Offsets[i] = offset;
                offset += Character.charCount(text.codePointAt(offset));
            }
            utf16Offsets[codePoints] = offset;
        }
    }

    SourceFile file() {
        return file;
    }

    int offset(int codePointIndex) {
        return utf16Offsets == null ? codePointIndex : utf16Offsets[Math.min(codePointIndex, utf16Offsets.length - 1)];
    }

    /** The range of an ANTLR token; EOF gets an empty range at the end of the file. */
    SourceRange range(org.antlr.v4.runtime.Token token) {
        if (token.getType() == org.antlr.v4.runtime.Token.EOF) {
            SourcePos end = file.positionOf(file.text().length());
            return new SourceRange(file.name(), end, end);
        }
        int startOffset = offset(token.getStartIndex());
        int endOffset = offset(token.getStopIndex() + 1);
        SourcePos start = new SourcePos(token.getLine(), token.getCharPositionInLine() + 1, startOffset);
        String text = file.text();
        int newline = text.indexOf('\n', startOffset);
        boolean singleLine = newline < 0 || newline >= endOffset;
        SourcePos end = singleLine
                ? new SourcePos(start.line(), start.column() + codePoints(startOffset, endOffset), endOffset)
                : file.positionOf(endOffset);
        return new SourceRange(file.name(), start, end);
    }

    /**
     * Code points between two UTF-16 offsets. Without surrogate pairs that is the offset
     * difference; String.codePointCount walks the characters of any text with a non-Latin-1
     * character in it, and was 8% of parse time (docs/benchmarks.md, "Parsing").
     */
    private int codePoints(int startOffset, int endOffset) {
        return utf16Offsets == null ? endOffset - startOffset : file.text().codePointCount(startOffset, endOffset);
    }

    /** The range from the start of {@code first} to the end of {@code last}. */
    SourceRange range(org.antlr.v4.runtime.Token first, org.antlr.v4.runtime.Token last) {
        return SourceRange.between(range(first), range(last));
    }
}
