package dev.kiln.cli.lsp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;

/** Converts between UTF-16 offsets into a text (the AST's unit) and LSP line/character positions. */
final class LineIndex {

    private final String text;
    private final int[] lineStarts;
    private final PositionEncoding encoding;

    LineIndex(String text, PositionEncoding encoding) {
        this.text = text;
        this.encoding = encoding;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) starts.add(i + 1);
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The position of {@code offset}, clamped to the text. */
    Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = lineOf(clamped);
        int start = lineStarts[line];
        int character = encoding == PositionEncoding.UTF16
                ? clamped - start
                : text.substring(start, clamped).getBytes(StandardCharsets.UTF_8).length;
        return new Position(line, character);
    }

    /** The offset of {@code position}; past the end of a line means its end, past the last line the text's end. */
    int offset(Position position) {
        int line = position.getLine();
        if (line < 0) return 0;
        if (line >= lineStarts.length) return text.length();
        int start = lineStarts[line];
        int end = line + 1 < lineStarts.length ? lineEnd(lineStarts[line + 1]) : text.length();
        int wanted = Math.max(0, position.getCharacter());
        if (encoding == PositionEncoding.UTF16) return Math.min(start + wanted, end);
        int bytes = 0;
        int i = start;
        while (i < end) {
            int cp = text.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > wanted) break;
            bytes += size;
            i += Character.charCount(cp);
        }
        return i;
    }

    private int lineEnd(int nextStart) {
        int end = nextStart - 1;
        if (end > 0 && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') end--;
        return end;
    }

    private int lineOf(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) low = mid;
            else high = mid - 1;
        }
        return low;
    }
}
