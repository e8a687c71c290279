package dev.kiln.compiler.fmt;

/**
 * A token being formatted: its unchanged text and the number of spaces to write before it, which is
 * the only thing the formatting passes change.
 */
final class LayoutToken {

    private final LayoutKind kind;
    private final String text;
    private int spacesBefore;

    LayoutToken(LayoutKind kind, String text, int spacesBefore) {
        this.kind = kind;
        this.text = text;
        this.spacesBefore = spacesBefore;
    }

    LayoutKind kind() {
        return kind;
    }

    String text() {
        return text;
    }

    int spacesBefore() {
        return spacesBefore;
    }

    void spacesBefore(int spaces) {
        this.spacesBefore = spaces;
    }

    /** Whether this token ends a line: a newline, or a line comment that swallowed its newline. */
    boolean endsLine() {
        return kind == LayoutKind.NEWLINE || (kind == LayoutKind.LINE_COMMENT && text.endsWith("\n"));
    }

    int bracketChange() {
        return kind.bracketChange();
    }

    @Override
    public String toString() {
        return kind + "(" + spacesBefore + ")" + text.replace("\n", "\\n");
    }
}
