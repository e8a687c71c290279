package dev.kiln.compiler.fmt;

import java.util.List;

/** Sets the spaces between the tokens inside each cell of each line (hclwrite's formatSpaces). */
final class Spacer {

    private static final LayoutToken NONE = new LayoutToken(LayoutKind.NONE, "", 0);

    private Spacer() {}

    static void space(List<FormatLine> lines) {
        for (FormatLine line : lines) {
            spaceCell(line.lead());
            if (line.hasAssign()) {
                // One space separates "=" from the name; alignment may widen it later.
                line.assign().get(0).spacesBefore(1);
                spaceCell(line.assign());
            }
        }
    }

    private static void spaceCell(List<LayoutToken> cell) {
        for (int i = 0; i + 1 < cell.size(); i++) {
            LayoutToken before = i > 0 ? cell.get(i - 1) : NONE;
            LayoutToken after = cell.get(i + 1);
            after.spacesBefore(SpaceRules.spaceAfter(cell.get(i), before, after) ? 1 : 0);
        }
    }
}
