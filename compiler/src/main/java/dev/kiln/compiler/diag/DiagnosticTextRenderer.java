package dev.kiln.compiler.diag;

import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourceRange;

/**
 * Renders diagnostics in the text format HCL tools (Packer, Terraform) print:
 *
 * <pre>
 * Error: Missing newline after argument
 *
 *   on main.pkr.hcl line 2, in locals:
 *    2:   a = 1 b = 2
 *               ^
 *
 * An argument definition must end with a newline.
 * </pre>
 *
 * With colour the subject is underlined, as HCL does; without colour a caret line marks it. Unlike
 * Packer, the source line is shown for every diagnostic that has a location, whatever stage found
 * it.
 */
public final class DiagnosticTextRenderer {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD_RED = "\u001b[1;31m";
    private static final String BOLD_YELLOW = "\u001b[1;33m";
    private static final String BOLD_UNDERLINE = "\u001b[1;4m";

    private final SourceLookup sources;
    private final boolean color;
    private final int width;

    /** A renderer reading source lines from {@code sources}, wrapping details at {@code width} columns. */
    public DiagnosticTextRenderer(SourceLookup sources, boolean color, int width) {
        this.sources = sources;
        this.color = color;
        this.width = width;
    }

    /** One diagnostic, ending with a blank line. */
    public String render(Diagnostic diagnostic) {
        StringBuilder out = new StringBuilder();
        String severityColor = diagnostic.isError() ? BOLD_RED : BOLD_YELLOW;
        out.append(paint(severityColor, diagnostic.severity().label() + ":"))
                .append(' ')
                .append(color ? paint("\u001b[1m", diagnostic.summary()) : diagnostic.summary())
                .append("\n\n");
        SourceRange subject = diagnostic.subject();
        if (subject != null) {
            snippet(out, diagnostic, subject);
        }
        if (!diagnostic.detail().isEmpty()) {
            out.append(wrap(diagnostic.detail(), width)).append("\n\n");
        }
        return out.toString();
    }

    private void snippet(StringBuilder out, Diagnostic diagnostic, SourceRange subject) {
        SourceFile file = sources.file(subject.file());
        String context = sources.enclosingBlock(subject);
        out.append("  on ")
                .append(subject.file())
                .append(" line ")
                .append(subject.start().line())
                .append(context == null ? "" : ", in " + context)
                .append(":\n");
        if (file == null) {
            out.append("  (source code not available)\n\n");
            return;
        }
        SourceRange shown = diagnostic.context() != null ? SourceRange.between(subject, diagnostic.context()) : subject;
        int firstLine = shown.start().line();
        int lastLine = Math.min(shown.end().line(), file.lineCount());
        // A range that ends at the very start of a line does not really cover that line.
        if (lastLine > firstLine && shown.end().column() == 1) lastLine--;
        int highlightStart = subject.start().offset();
        int highlightEnd = Math.max(subject.end().offset(), highlightStart + 1);
        for (int line = firstLine; line <= lastLine; line++) {
            String text = file.line(line);
            int lineStart = file.lineStart(line);
            int from = clamp(highlightStart - lineStart, text.length());
            int to = clamp(highlightEnd - lineStart, text.length());
            out.append(String.format("%4d: ", line));
            if (color && from < to) {
                out.append(text, 0, from)
                        .append(BOLD_UNDERLINE)
                        .append(text, from, to)
                        .append(RESET)
                        .append(text.substring(to));
            } else {
                out.append(text);
            }
            out.append('\n');
            boolean subjectOnThisLine = highlightStart >= lineStart && highlightStart <= lineStart + text.length();
            if (!color && subjectOnThisLine) {
                int carets = Math.max(1, text.codePointCount(from, Math.max(from, to)));
                out.append("      ")
                        .append(indentFor(text.substring(0, from)))
                        .append("^".repeat(carets))
                        .append('\n');
            }
        }
        out.append('\n');
    }

    /** Spaces as wide as {@code prefix}, keeping its tabs so the caret lines up in a terminal. */
    private static String indentFor(String prefix) {
        StringBuilder sb = new StringBuilder();
        prefix.codePoints().forEach(c -> sb.append(c == '\t' ? '\t' : ' '));
        return sb.toString();
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(value, max));
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }

    /** Wraps at spaces so no line is longer than {@code width} unless a single word is. */
    static String wrap(String text, int width) {
        if (width <= 0) return text;
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n", -1)) {
            if (out.length() > 0) out.append('\n');
            int lineLength = 0;
            for (String word : paragraph.split(" ", -1)) {
                if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                    out.append('\n');
                    lineLength = 0;
                } else if (lineLength > 0) {
                    out.append(' ');
                    lineLength++;
                }
                out.append(word);
                lineLength += word.length();
            }
        }
        return out.toString();
    }
}
