package dev.kiln.stdlib.text;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean ...?" suggestions for a misspelt name, as HCL's {@code didyoumean.go}. */
public final class Suggestions {

    // HCL's threshold, "determined experimentally": closer than this is probably a typo.
    private static final int MAX_DISTANCE = 3;

    private Suggestions() {}

    /**
     * The candidate closest to {@code given} if its Levenshtein distance is below 3; ties go to
     * the candidate that comes first.
     */
    public static Optional<String> closest(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = MAX_DISTANCE;
        for (String candidate : candidates) {
            int distance = levenshtein(given, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The number of single-character edits that turn {@code a} into {@code b}. */
    public static int levenshtein(String a, String b) {
        int[] a1 = a.codePoints().toArray();
        int[] b1 = b.codePoints().toArray();
        int[] previous = new int[b1.length + 1];
        int[] current = new int[b1.length + 1];
        for (int j = 0; j <= b1.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a1.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b1.length; j++) {
                int substitution = previous[j - 1] + (a1[i - 1] == b1[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b1.length];
    }
}
