package dev.kiln.compiler.fmt;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Sets each line's indentation from bracket nesting (hclwrite's formatIndent): a line that opens
 * more brackets than it closes indents the following lines by two spaces; closing lines dedent.
 * The stack remembers how many brackets each level opened, so lines with unbalanced brackets
 * ({@code [[} ... {@code ]}{@code ]}) move by one level, not by their bracket count.
 */
final class Indenter {

    private static final int INDENT = 2;

    private Indenter() {}

    static void indent(List<FormatLine> lines) {
        Deque<Integer> openers = new ArrayDeque<>();
        for (FormatLine line : lines) {
            if (line.lead().isEmpty()) {
                continue;
            }
            LayoutToken first = line.lead().get(0);
            if (first.kind() == LayoutKind.NEWLINE) {
                first.spacesBefore(0); // blank lines carry no trailing spaces
                continue;
            }
            int net = leadBrackets(line.lead()) + LineSplitter.netBrackets(line.assign());
            if (net > 0) {
                first.spacesBefore(INDENT * openers.size());
                openers.push(net);
            } else {
                close(openers, -net);
                first.spacesBefore(INDENT * openers.size());
            }
        }
    }

    /** Brackets of the lead up to a heredoc opener: interpolations inside the heredoc do not count. */
    private static int leadBrackets(List<LayoutToken> lead) {
        int net = 0;
        for (LayoutToken token : lead) {
            net += token.bracketChange();
            if (token.kind() == LayoutKind.OHEREDOC) {
                break;
            }
        }
        return net;
    }

    private static void close(Deque<Integer> openers, int closed) {
        while (closed > 0 && !openers.isEmpty()) {
            int top = openers.pop();
            if (closed < top) {
                openers.push(top - closed);
                closed = 0;
            } else {
                closed -= top;
            }
        }
    }
}
