package dev.kiln.compiler.fmt;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Aligns the {@code =} of attributes on consecutive lines, then the trailing comments of
 * consecutive lines (hclwrite's formatCells). Any line without such a cell (a blank line, a
 * comment line, a block header, a multi-line value) ends the run.
 */
final class CellAligner {

    private CellAligner() {}

    static void align(List<FormatLine> lines) {
        alignRuns(
                lines,
                FormatLine::hasAssign,
                line -> FormatLine.columns(line.lead()),
                line -> line.assign().get(0));
        // Second, since moving "=" moves the comments after it.
        alignRuns(
                lines,
                FormatLine::hasComment,
                line -> FormatLine.columns(line.lead()) + FormatLine.columns(line.assign()),
                line -> line.comment().get(0));
    }

    private static void alignRuns(
            List<FormatLine> lines,
            Predicate<FormatLine> inRun,
            Function<FormatLine, Integer> widthBefore,
            Function<FormatLine, LayoutToken> cellStart) {
        int runStart = -1;
        int widest = 0;
        for (int i = 0; i <= lines.size(); i++) {
            boolean member = i < lines.size() && inRun.test(lines.get(i));
            if (member) {
                if (runStart < 0) {
                    runStart = i;
                }
                widest = Math.max(widest, widthBefore.apply(lines.get(i)));
            } else if (runStart >= 0) {
                for (FormatLine line : lines.subList(runStart, i)) {
                    cellStart.apply(line).spacesBefore(widest - widthBefore.apply(line) + 1);
                }
                runStart = -1;
                widest = 0;
            }
        }
    }
}
