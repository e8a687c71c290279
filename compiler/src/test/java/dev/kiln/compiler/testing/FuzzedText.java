package dev.kiln.compiler.testing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.ArrayList;
import java.util.List;

/** Text built from fuzzer input: runs of syntax fragments and simple words, for the fuzz tests. */
public final class FuzzedText {

    private static final char[] PUNCTUATION = {' ', '-', '.'};

    private FuzzedText() {}

    /** Up to {@code max} fragments, joined. */
    public static String fragments(FuzzedDataProvider data, List<String> fragments, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = data.consumeInt(0, max); i > 0; i--) text.append(data.pickValue(fragments));
        return text.toString();
    }

    /** A word of {@code min} to {@code max} lower-case letters, with blanks, dashes and dots if {@code punctuated}. */
    public static String word(FuzzedDataProvider data, int min, int max, boolean punctuated) {
        StringBuilder word = new StringBuilder();
        int length = data.consumeInt(min, max);
        for (int i = 0; i < length; i++) {
            boolean mark = punctuated && data.consumeInt(0, 8) == 0;
            word.append(mark ? data.pickValue(PUNCTUATION) : data.consumeChar('a', 'z'));
        }
        return word.toString();
    }

    /** {@code min} to {@code max} words (fewer when {@code unique} drops repeats). */
    public static List<String> words(
            FuzzedDataProvider data, int min, int max, int wordMin, int wordMax, boolean unique, boolean punctuated) {
        List<String> words = new ArrayList<>();
        for (int i = data.consumeInt(min, max); i > 0; i--) {
            String word = word(data, wordMin, wordMax, punctuated);
            if (!unique || !words.contains(word)) words.add(word);
        }
        if (words.size() < min) words.add("x".repeat(wordMax + 1));
        return words;
    }
}
