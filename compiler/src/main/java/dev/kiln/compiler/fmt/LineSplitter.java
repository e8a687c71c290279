package dev.kiln.compiler.fmt;

import java.util.ArrayList;
import java.util.List;

/** Cuts the token sequence into {@link FormatLine}s (hclwrite's linesForFormat). */
final class LineSplitter {

    private LineSplitter() {}

    static List<FormatLine> split(List<LayoutToken> tokens) {
        List<FormatLine> lines = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).endsLine()) {
                lines.add(cells(tokens.subList(lineStart, i + 1)));
                lineStart = i + 1;
            }
        }
        // The last line has no line break; it may be empty.
        lines.add(cells(tokens.subList(lineStart, tokens.size())));
        return lines;
    }

    private static FormatLine cells(List<LayoutToken> line) {
        List<LayoutToken> lead = line;
        List<LayoutToken> comment = List.of();
        // A comment is its own cell only after other tokens: whole-line comments follow the indent.
        if (lead.size() > 1 && lead.get(lead.size() - 1).kind().isComment()) {
            comment = lead.subList(lead.size() - 1, lead.size());
            lead = lead.subList(0, lead.size() - 1);
        }
        List<LayoutToken> assign = List.of();
        for (int i = 1; i < lead.size(); i++) {
            if (lead.get(i).kind() == LayoutKind.EQUAL) {
                // Only an attribute whose value closes on this line is aligned; "x = {" opens a
                // multi-line value and stays in the lead.
                if (netBrackets(lead.subList(i, lead.size())) == 0) {
                    assign = lead.subList(i, lead.size());
                    lead = lead.subList(0, i);
                }
                break;
            }
        }
        return new FormatLine(lead, assign, comment);
    }

    static int netBrackets(List<LayoutToken> tokens) {
        int net = 0;
        for (LayoutToken token : tokens) {
            net += token.bracketChange();
        }
        return net;
    }
}
