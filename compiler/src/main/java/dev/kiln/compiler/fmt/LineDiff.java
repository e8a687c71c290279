package dev.kiln.compiler.fmt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A shortest edit script between two line lists (Myers' O(ND) algorithm). */
final class LineDiff {

    /** What happens to one line. */
    enum Op {
        KEEP,
        DELETE,
        INSERT
    }

    /** One step of the script; {@code oldLine}/{@code newLine} are 0-based positions before the step. */
    record Edit(Op op, int oldLine, int newLine) {}

    private LineDiff() {}

    /**
     * The script from {@code a} to {@code b}, with runs of changes placed as GNU diff places them
     * (see {@link ChangeShifter}).
     */
    static List<Edit> between(List<String> a, List<String> b) {
        boolean[] deleted = new boolean[a.size() + 2];
        boolean[] inserted = new boolean[b.size() + 2];
        for (Edit edit : forward(a, b)) {
            if (edit.op() == Op.DELETE) deleted[edit.oldLine() + 1] = true;
            if (edit.op() == Op.INSERT) inserted[edit.newLine() + 1] = true;
        }
        ChangeShifter.shift(a, deleted, inserted);
        ChangeShifter.shift(b, inserted, deleted);
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && deleted[i + 1]) {
                edits.add(new Edit(Op.DELETE, i++, j));
            } else if (j < b.size() && inserted[j + 1]) {
                edits.add(new Edit(Op.INSERT, i, j++));
            } else {
                edits.add(new Edit(Op.KEEP, i++, j++));
            }
        }
        return edits;
    }

    private static List<Edit> forward(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        found:
        for (int d = 0; d <= max; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                        ? v[offset + k + 1]
                        : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    break found;
                }
            }
        }
        return backtrack(trace, n, m, offset);
    }

    private static List<Edit> backtrack(List<int[]> trace, int n, int m, int offset) {
        List<Edit> edits = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d >= 0; d--) {
            int[] v = trace.get(d);
            int prevX = 0;
            int prevY = 0;
            if (d > 0) {
                int k = x - y;
                int prevK = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1;
                prevX = v[offset + prevK];
                prevY = prevX - prevK;
            }
            while (x > prevX && y > prevY) {
                x--;
                y--;
                edits.add(new Edit(Op.KEEP, x, y));
            }
            if (d > 0) {
                if (x == prevX) {
                    edits.add(new Edit(Op.INSERT, prevX, prevY));
                } else {
                    edits.add(new Edit(Op.DELETE, prevX, prevY));
                }
            }
            x = prevX;
            y = prevY;
        }
        Collections.reverse(edits);
        return edits;
    }
}
