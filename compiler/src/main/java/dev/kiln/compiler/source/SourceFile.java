package dev.kiln.compiler.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
     * Reads a file as UTF-8. Invalid UTF-8 is an {@link InvalidEncodingException} that says where,
     * since those bytes cannot be shown as text.
     */
    public static SourceFile read(Path path, String displayName) throws IOException {
        return decode(Files.readAllBytes(path), displayName);
    }

    /** Decodes {@code bytes} as UTF-8, as {@link #read} does. */
    static SourceFile decode(byte[] bytes, String displayName) throws InvalidEncodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more chars than it has bytes, and a replaced sequence is one char.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        List<Integer> invalid = new ArrayList<>();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                invalid.add(out.position());
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else {
                decoder.flush(out);
                break;
            }
        }
        SourceFile file = new SourceFile(displayName, out.flip().toString());
        if (invalid.isEmpty()) return file;
        // Offsets move by one if a byte order mark was dropped.
        int shift = file.text().length() - out.limit();
        List<SourceRange> places = new ArrayList<>();
        int lastLine = 0;
        for (int offset : invalid) {
            int at = Math.max(0, offset + shift);
            SourceRange range = file.range(at, at + 1);
            if (range.start().line() == lastLine) continue;
            lastLine = range.start().line();
            places.add(range);
        }
        throw new InvalidEncodingException(file, places);
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
