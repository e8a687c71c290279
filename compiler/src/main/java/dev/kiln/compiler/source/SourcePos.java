package dev.kiln.compiler.source;

/**
 * A position in a source file.
 *
 * <p>{@code line} and {@code column} are 1-based; the column counts Unicode code points from the
 * start of the line, so it matches what a person counts in an editor for almost all text.
 * {@code offset} is 0-based and counts UTF-16 code units from the start of the file text (after
 * a byte order mark is removed): it indexes the Java {@link String} of the file directly and is
 * the unit the Language Server Protocol uses.
 */
public record SourcePos(int line, int column, int offset) implements Comparable<SourcePos> {

    /** The start of every file. */
    public static final SourcePos START = new SourcePos(1, 1, 0);

    @Override
    public int compareTo(SourcePos other) {
        return Integer.compare(offset, other.offset);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
