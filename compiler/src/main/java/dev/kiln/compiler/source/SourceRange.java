package dev.kiln.compiler.source;

/** A span of a source file: {@code start} inclusive, {@code end} exclusive. */
public record SourceRange(String file, SourcePos start, SourcePos end) implements Comparable<SourceRange> {

    /** A zero-width range at {@code pos}, for things that are missing. */
    public static SourceRange at(String file, SourcePos pos) {
        return new SourceRange(file, pos, pos);
    }

    /** The smallest range covering both {@code from} and {@code to}, which must share a file. */
    public static SourceRange between(SourceRange from, SourceRange to) {
        SourcePos start = from.start.compareTo(to.start) <= 0 ? from.start : to.start;
        SourcePos end = from.end.compareTo(to.end) >= 0 ? from.end : to.end;
        return new SourceRange(from.file, start, end);
    }

    /** A zero-width range at the start of this one. */
    public SourceRange startRange() {
        return new SourceRange(file, start, start);
    }

    /** A zero-width range at the end of this one. */
    public SourceRange endRange() {
        return new SourceRange(file, end, end);
    }

    /** Whether {@code pos} lies inside this range (the end counts, so an empty range contains its position). */
    public boolean contains(SourcePos pos) {
        return start.offset() <= pos.offset() && pos.offset() <= end.offset();
    }

    /** Whether {@code other} lies entirely inside this range. */
    public boolean contains(SourceRange other) {
        return file.equals(other.file) && start.offset() <= other.start.offset() && other.end.offset() <= end.offset();
    }

    @Override
    public int compareTo(SourceRange other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) return byFile;
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }

    @Override
    public String toString() {
        return file + ":" + start + "-" + end;
    }
}
