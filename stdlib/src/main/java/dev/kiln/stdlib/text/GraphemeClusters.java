package dev.kiln.stdlib.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into user-perceived characters (extended grapheme clusters), the unit HCL uses for
 * {@code length}, {@code substr} and column numbers.
 *
 * <p>The JDK regex {@code \X} is used rather than {@link java.text.BreakIterator} because only the
 * former keeps emoji ZWJ sequences, skin-tone modifiers and flags together in Java 17.
 */
public final class GraphemeClusters {

    private static final Pattern CLUSTER = Pattern.compile("\\X");

    private GraphemeClusters() {}

    /** The clusters of {@code text}, in order. */
    public static List<String> split(String text) {
        List<String> clusters = new ArrayList<>();
        Matcher matcher = CLUSTER.matcher(text);
        while (matcher.find()) {
            clusters.add(matcher.group());
        }
        return clusters;
    }

    /** The number of clusters in {@code text}. */
    public static int count(String text) {
        if (isAscii(text)) {
            return text.length() - crlfCount(text);
        }
        int count = 0;
        Matcher matcher = CLUSTER.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    // "\r\n" is one grapheme cluster.
    private static int crlfCount(String text) {
        int count = 0;
        for (int i = text.indexOf("\r\n"); i >= 0; i = text.indexOf("\r\n", i + 2)) {
            count++;
        }
        return count;
    }
}
