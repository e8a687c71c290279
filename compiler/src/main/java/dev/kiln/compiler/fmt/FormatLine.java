package dev.kiln.compiler.fmt;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line split into hclwrite's three cells: {@code lead} (everything up to the others),
 * {@code assign} (from an attribute's {@code =} on, when the value ends on this line) and
 * {@code comment} (a trailing comment after other tokens). The first token of each cell is what
 * gets indented or aligned.
 */
record FormatLine(List<LayoutToken> lead, List<LayoutToken> assign, List<LayoutToken> comment) {

    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    boolean hasAssign() {
        return !assign.isEmpty();
    }

    boolean hasComment() {
        return !comment.isEmpty();
    }

    /** Width of a cell in columns: its spaces plus one column per grapheme cluster, as hclwrite counts. */
    static int columns(List<LayoutToken> cell) {
        int columns = 0;
        for (LayoutToken token : cell) {
            columns += token.spacesBefore() + graphemes(token.text());
        }
        return columns;
    }

    private static int graphemes(String text) {
        boolean ascii = text.chars().allMatch(c -> c < 0x80);
        if (ascii) {
            return text.length();
        }
        int count = 0;
        Matcher matcher = GRAPHEME.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
