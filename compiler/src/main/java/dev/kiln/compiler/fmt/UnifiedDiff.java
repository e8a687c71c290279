package dev.kiln.compiler.fmt;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders the difference between two texts the way {@code diff -u} prints it, with three lines of
 * context; {@code packer fmt -diff} shells out to diff for this, kiln does it in Java.
 */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;
    private static final String NO_NEWLINE = "\\ No newline at end of file\n";

    private UnifiedDiff() {}

    /** The diff {@code packer fmt -diff} prints for {@code path}: labels {@code old/PATH} and {@code new/PATH}. */
    public static String ofFormatting(String path, String original, String formatted) {
        return between("old/" + path, "new/" + path, original, formatted);
    }

    /** The unified diff between two texts under the given labels; empty when they are equal. */
    public static String between(String oldLabel, String newLabel, String oldText, String newText) {
        if (oldText.equals(newText)) {
            return "";
        }
        Lines a = Lines.of(oldText);
        Lines b = Lines.of(newText);
        List<LineDiff.Edit> edits = LineDiff.between(a.terminated(), b.terminated());
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(oldLabel).append('\n');
        out.append("+++ ").append(newLabel).append('\n');
        for (int[] hunk : hunks(edits)) {
            appendHunk(out, edits.subList(hunk[0], hunk[1]), a, b);
        }
        return out.toString();
    }

    /**
     * Edit ranges [from, to) of each hunk: changes with their context, where changes at most
     * {@code 2 * CONTEXT} unchanged lines apart share a hunk (as GNU diff joins them).
     */
    private static List<int[]> hunks(List<LineDiff.Edit> edits) {
        List<int[]> hunks = new ArrayList<>();
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).op() == LineDiff.Op.KEEP) {
                i++;
                continue;
            }
            int from = Math.max(0, i - CONTEXT);
            int lastChange = i;
            int j = i + 1;
            while (j < edits.size()) {
                if (edits.get(j).op() != LineDiff.Op.KEEP) {
                    lastChange = j;
                } else if (j - lastChange > 2 * CONTEXT) {
                    break;
                }
                j++;
            }
            int to = Math.min(edits.size(), lastChange + 1 + CONTEXT);
            hunks.add(new int[] {from, to});
            i = to;
        }
        return hunks;
    }

    private static void appendHunk(StringBuilder out, List<LineDiff.Edit> hunk, Lines a, Lines b) {
        int oldCount = 0;
        int newCount = 0;
        for (LineDiff.Edit edit : hunk) {
            if (edit.op() != LineDiff.Op.INSERT) oldCount++;
            if (edit.op() != LineDiff.Op.DELETE) newCount++;
        }
        LineDiff.Edit first = hunk.get(0);
        out.append("@@ -")
                .append(range(first.oldLine(), oldCount))
                .append(" +")
                .append(range(first.newLine(), newCount))
                .append(" @@\n");
        int i = 0;
        while (i < hunk.size()) {
            LineDiff.Edit edit = hunk.get(i);
            if (edit.op() == LineDiff.Op.KEEP) {
                appendLine(out, ' ', a, edit.oldLine());
                i++;
                continue;
            }
            // A run of changes prints all removed lines first, then all added ones, like diff.
            int end = i;
            while (end < hunk.size() && hunk.get(end).op() != LineDiff.Op.KEEP) end++;
            for (LineDiff.Edit change : hunk.subList(i, end)) {
                if (change.op() == LineDiff.Op.DELETE) appendLine(out, '-', a, change.oldLine());
            }
            for (LineDiff.Edit change : hunk.subList(i, end)) {
                if (change.op() == LineDiff.Op.INSERT) appendLine(out, '+', b, change.newLine());
            }
            i = end;
        }
    }

    /** "start,count" with 1-based start; an empty range names the line before it, as diff does. */
    private static String range(int zeroBasedStart, int count) {
        if (count == 1) return Integer.toString(zeroBasedStart + 1);
        int start = count == 0 ? zeroBasedStart : zeroBasedStart + 1;
        return start + "," + count;
    }

    private static void appendLine(StringBuilder out, char marker, Lines lines, int index) {
        out.append(marker).append(lines.lines().get(index)).append('\n');
        if (index == lines.lines().size() - 1 && !lines.endsWithNewline()) {
            out.append(NO_NEWLINE);
        }
    }

    /** A text cut at line feeds (a carriage return stays part of its line, as diff sees it). */
    private record Lines(List<String> lines, boolean endsWithNewline) {

        /** The lines with their terminators, so that a last line without one differs from one with it. */
        List<String> terminated() {
            List<String> terminated = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                boolean last = i == lines.size() - 1;
                terminated.add(last && !endsWithNewline ? lines.get(i) : lines.get(i) + "\n");
            }
            return terminated;
        }

        static Lines of(String text) {
            List<String> lines = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lines.add(text.substring(start, i));
                    start = i + 1;
                }
            }
            boolean endsWithNewline = start == text.length();
            if (!endsWithNewline) lines.add(text.substring(start));
            return new Lines(lines, endsWithNewline);
        }
    }
}
