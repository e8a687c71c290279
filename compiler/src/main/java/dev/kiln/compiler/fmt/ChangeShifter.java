package dev.kiln.compiler.fmt;

import java.util.List;

/**
 * Slides runs of changed lines the way GNU diff's shift_boundaries does, so that an edit script
 * which could be placed in several equally short ways prints as diff prints it: each run moves as
 * far down as equal lines allow, then back up to meet a run of changes in the other file.
 */
final class ChangeShifter {

    private ChangeShifter() {}

    /**
     * Shifts the runs in {@code changed} (index i + 1 holds line i; both ends are false sentinels)
     * using the other file's flags {@code otherChanged} in the same layout.
     */
    static void shift(List<String> lines, boolean[] changed, boolean[] otherChanged) {
        int end = lines.size() + 1; // index of the trailing sentinel
        int i = 1;
        int j = 1;
        while (true) {
            // Find the next run of changes, keeping j at the corresponding point in the other file.
            while (i < end && !changed[i]) {
                while (otherChanged[j++]) {}
                i++;
            }
            if (i == end) {
                return;
            }
            int start = i;
            while (changed[++i]) {}
            while (otherChanged[j]) j++;
            int runLength;
            int corresponding;
            do {
                runLength = i - start;
                // Back up while the line before the run equals the run's last line.
                while (start > 1 && lines.get(start - 2).equals(lines.get(i - 2))) {
                    changed[--start] = true;
                    changed[--i] = false;
                    while (changed[start - 1]) start--;
                    while (otherChanged[--j]) {}
                }
                corresponding = otherChanged[j - 1] ? i : end;
                // Then move forward as far as the run's first line equals the line after it.
                while (i != end && lines.get(start - 1).equals(lines.get(i - 1))) {
                    changed[start++] = false;
                    changed[i++] = true;
                    while (changed[i]) i++;
                    while (otherChanged[++j]) corresponding = i;
                }
            } while (runLength != i - start);
            // Finally move the merged run back to where it meets changes in the other file.
            while (corresponding < i) {
                changed[--start] = true;
                changed[--i] = false;
                while (otherChanged[--j]) {}
            }
        }
    }
}
