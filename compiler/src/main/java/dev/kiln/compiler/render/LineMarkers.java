package dev.kiln.compiler.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Invisible line markers woven into template text so that rendered output can be traced back to
 * template lines.
 *
 * <p>A marker is {@code US kind RS file RS line RS}, the numbers in binary written with FS (0) and
 * GS (1). These four ASCII separator characters are whitespace to Java and to Jinjava's
 * whitespace control ({@code {%- ... -%}}), so a marker is trimmed exactly when the newline it
 * sits beside is, and the rendered text keeps Jinja's meaning. A {@link #NEXT} marker goes before
 * every newline of the template's literal text and names the line after it; a {@link #HERE}
 * marker starts each included file and names the text that follows it.
 */
final class LineMarkers {

    static final char ZERO = '\u001c';
    static final char ONE = '\u001d';
    static final char END = '\u001e';
    static final char START = '\u001f';

    /** Kind of marker placed before a newline: the next line is {@code line}. */
    static final int NEXT = 0;
    /** Kind of marker at the start of a file: the text from here on is {@code line}. */
    static final int HERE = 1;

    private LineMarkers() {}

    /** A marker of {@code kind} naming line {@code line} of file number {@code file}. */
    static String marker(int kind, int file, int line) {
        return START + bits(kind) + END + bits(file) + END + bits(line) + END;
    }

    private static String bits(int n) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toBinaryString(n).toCharArray()) out.append(c == '0' ? ZERO : ONE);
        return out.toString();
    }

    /** {@code text} without marker characters (for messages that quote template text). */
    static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!isMarkerChar(text.charAt(i))) out.append(text.charAt(i));
        }
        return out.toString();
    }

    /** Whether {@code c} is one of the marker characters. */
    static boolean isMarkerChar(char c) {
        return c >= ZERO && c <= START;
    }

    /**
     * Removes the markers from rendered {@code output}; returns the clean text and, for each of its
     * lines, the template file number and line it came from: the line named by the last marker
     * before it, or by a {@link #HERE} marker that comes before any text on it. Output starts at
     * line 1 of file {@code firstFile}.
     */
    static Traced trace(String output, int firstFile) {
        StringBuilder text = new StringBuilder(output.length());
        List<MarkedOrigin> lines = new ArrayList<>();
        int file = firstFile;
        int line = 1;
        boolean lineHasText = false;
        int lineOriginIndex = 0;
        lines.add(new MarkedOrigin(file, line));
        int i = 0;
        while (i < output.length()) {
            char c = output.charAt(i);
            if (c == START) {
                int[] read = read(output, i + 1);
                i = read[3];
                if (read[0] >= 0) {
                    file = read[1];
                    line = read[2];
                    if (read[0] == HERE && !lineHasText) lines.set(lineOriginIndex, new MarkedOrigin(file, line));
                }
                continue;
            }
            if (isMarkerChar(c)) {
                i++;
                continue;
            }
            text.append(c);
            if (c == '\n') {
                lines.add(new MarkedOrigin(file, line));
                lineOriginIndex = lines.size() - 1;
                lineHasText = false;
            } else {
                lineHasText = true;
            }
            i++;
        }
        return new Traced(text.toString(), lines);
    }

    /** Reads {@code kind RS file RS line RS} from {@code from}: {kind, file, line, next index}; kind -1 when malformed. */
    private static int[] read(String s, int from) {
        int i = from;
        int[] numbers = new int[3];
        for (int k = 0; k < 3; k++) {
            int n = 0;
            int digits = 0;
            while (i < s.length() && (s.charAt(i) == ZERO || s.charAt(i) == ONE) && digits < 31) {
                n = n * 2 + (s.charAt(i) == ONE ? 1 : 0);
                digits++;
                i++;
            }
            if (i >= s.length() || s.charAt(i) != END || digits == 0) return new int[] {-1, -1, -1, i};
            numbers[k] = n;
            i++;
        }
        return new int[] {numbers[0], numbers[1], numbers[2], i};
    }

    /** The template file number and line one rendered line came from. */
    record MarkedOrigin(int file, int line) {}

    /** Rendered text without markers, and the origin of each of its lines (index 0 is line 1). */
    record Traced(String text, List<MarkedOrigin> lines) {}
}
