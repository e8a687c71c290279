package dev.kiln.compiler.source;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The text of one template file and an index of its line starts.
 *
 * <p>A leading UTF-8 byte order mark is removed, so offsets start at the first real character.
 */
public final class SourceFile {

    private final String name;
    private final String text;
    private final int[] lineStarts;

    /** A file named {@code name} (as it is shown in diagnostics) holding {@code text}. */
    public SourceFile(String name, String text) {
        this.name = name;
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.lineStarts = indexLines(this.text);
    }

    /**
     * Reads a file as UTF-8. Invalid UTF-8 is an {@link IOException} with a message that says so,
     * since the bytes cannot be shown as text.
     */
    public static SourceFile read(Path path, String displayName) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new SourceFile(displayName, text);
        } catch (CharacterCodingException e) {
            throw new IOException(displayName + " is not valid UTF-8 text", e);
        }
    }

    private static int[] indexLines(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The name shown in diagnostics, usually the path as the user gave it. */
    public String name() {
        return name;
    }

    /** The whole text, without a byte order mark. */
    public String text() {
        return text;
    }

    /** How many lines the file has; an empty file has one (empty) line. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** The text of line {@code line} (1-based) without its line terminator. */
    public String line(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') end--;
        return text.substring(Math.max(start, 0), Math.max(end, start));
    }

    /** The offset where line {@code line} (1-based) starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** The position of UTF-16 offset {@code offset}. */
    public SourcePos positionOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int index = Arrays.binarySearch(lineStarts, clamped);
        int lineIndex = index >= 0 ? index : -index - 2;
        int lineStart = lineStarts[lineIndex];
        return new SourcePos(lineIndex + 1, text.codePointCount(lineStart, clamped) + 1, clamped);
    }

    /** The range from offset {@code start} to offset {@code end}. */
    public SourceRange range(int start, int end) {
        return new SourceRange(name, positionOf(start), positionOf(end));
    }

    /** The text a range covers. */
    public String text(SourceRange range) {
        return text.substring(range.start().offset(), range.end().offset());
    }
}
