package dev.kiln.compiler.source;

/**
 * A span of a source file: {@code start} inclusive, {@code end} exclusive.
 *
 * <p>Every syntax tree node has one, so the positions are stored flat rather than as two
 * {@link SourcePos} objects: a third of the objects per node, which is most of what a parse
 * allocates and keeps. {@link #start()} and {@link #end()} give the positions as values.
 */
public record SourceRange(
        String file, int startLine, int startColumn, int startOffset, int endLine, int endColumn, int endOffset)
        implements Comparable<SourceRange> {

    /** The range from {@code start} to {@code end} in {@code file}. */
    public SourceRange(String file, SourcePos start, SourcePos end) {
        this(file, start.line(), start.column(), start.offset(), end.line(), end.column(), end.offset());
    }

    /** A zero-width range at {@code pos}, for things that are missing. */
    public static SourceRange at(String file, SourcePos pos) {
        return new SourceRange(file, pos, pos);
    }

    /** The smallest range covering both {@code from} and {@code to}, which must share a file. */
    public static SourceRange between(SourceRange from, SourceRange to) {
        SourceRange first = from.startOffset <= to.startOffset ? from : to;
        SourceRange last = from.endOffset >= to.endOffset ? from : to;
        return new SourceRange(
                from.file,
                first.startLine,
                first.startColumn,
                first.startOffset,
                last.endLine,
                last.endColumn,
                last.endOffset);
    }

    /** Where the range starts (inclusive). */
    public SourcePos start() {
        return new SourcePos(startLine, startColumn, startOffset);
    }

    /** Where the range ends (exclusive). */
    public SourcePos end() {
        return new SourcePos(endLine, endColumn, endOffset);
    }

    /** A zero-width range at the start of this one. */
    public SourceRange startRange() {
        return new SourceRange(file, startLine, startColumn, startOffset, startLine, startColumn, startOffset);
    }

    /** A zero-width range at the end of this one. */
    public SourceRange endRange() {
        return new SourceRange(file, endLine, endColumn, endOffset, endLine, endColumn, endOffset);
    }

    /** Whether {@code pos} lies inside this range (the end counts, so an empty range contains its position). */
    public boolean contains(SourcePos pos) {
        return startOffset <= pos.offset() && pos.offset() <= endOffset;
    }

    /** Whether {@code other} lies entirely inside this range. */
    public boolean contains(SourceRange other) {
        return file.equals(other.file) && startOffset <= other.startOffset && other.endOffset <= endOffset;
    }

    @Override
    public int compareTo(SourceRange other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) return byFile;
        int byStart = Integer.compare(startOffset, other.startOffset);
        return byStart != 0 ? byStart : Integer.compare(endOffset, other.endOffset);
    }

    @Override
    public String toString() {
        return file + ":" + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
    }
}
