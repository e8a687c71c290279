package dev.kiln.compiler.render;

/**
 * Refuses template text nested too deeply before Jinjava parses it: its expression parser takes
 * minutes on a few thousand nested parentheses. Counts ( and [ (braces are Jinja's own delimiters
 * and HCL's blocks); no real template comes near the limit.
 */
final class TemplateNesting {

    /** More nested ( and [ than any template needs. */
    static final int MAX_DEPTH = 100;

    private TemplateNesting() {}

    /** The offset where {@code text} first nests deeper than {@link #MAX_DEPTH}, or -1. */
    static int tooDeepAt(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                if (++depth > MAX_DEPTH) return i;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return -1;
    }
}
