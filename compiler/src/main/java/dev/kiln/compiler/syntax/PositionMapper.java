package dev.kiln.compiler.syntax;

import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourcePos;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.grammar.HCLLexer;

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
        return new SourceRange(file.name(), start(token), end(token));
    }

    /** The range from the start of {@code first} to the end of {@code last}. */
    SourceRange range(org.antlr.v4.runtime.Token first, org.antlr.v4.runtime.Token last) {
        if (last.getType() != org.antlr.v4.runtime.Token.EOF && last.getStopIndex() < first.getStartIndex()) {
            return range(first); // an empty rule context after an error: its stop precedes its start
        }
        return new SourceRange(file.name(), start(first), end(last));
    }

    private SourcePos start(org.antlr.v4.runtime.Token token) {
        if (token.getType() == org.antlr.v4.runtime.Token.EOF) return endOfFile();
        return new SourcePos(token.getLine(), token.getCharPositionInLine() + 1, offset(token.getStartIndex()));
    }

    /**
     * Where a token ends. ANTLR's indices count code points, so a token on one line ends that
     * many columns after it starts; only the few kinds that can contain a line break need the
     * line index.
     */
    private SourcePos end(org.antlr.v4.runtime.Token token) {
        if (token.getType() == org.antlr.v4.runtime.Token.EOF) return endOfFile();
        int endOffset = offset(token.getStopIndex() + 1);
        if (mayContainLineBreak(token.getType())) return file.positionOf(endOffset);
        int codePoints = token.getStopIndex() + 1 - token.getStartIndex();
        return new SourcePos(token.getLine(), token.getCharPositionInLine() + 1 + codePoints, endOffset);
    }

    private static boolean mayContainLineBreak(int type) {
        return type == HCLLexer.NEWLINE
                || type == HCLLexer.BLOCK_COMMENT
                || type == HCLLexer.HEREDOC_START
                || type == HCLLexer.HEREDOC_NEWLINE;
    }

    private SourcePos endOfFile() {
        return file.positionOf(file.text().length());
    }
}
