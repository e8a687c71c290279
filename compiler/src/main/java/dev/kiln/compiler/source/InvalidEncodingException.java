package dev.kiln.compiler.source;

import java.io.IOException;
import java.util.List;

/**
 * A file that is not valid UTF-8. It carries the text read with U+FFFD in place of each invalid
 * byte sequence, so that diagnostics can show the lines, and where those sequences are (the first
 * of each line).
 */
public final class InvalidEncodingException extends IOException {

    private final transient SourceFile file;
    private final transient List<SourceRange> places;

    InvalidEncodingException(SourceFile file, List<SourceRange> places) {
        super(file.name() + " is not valid UTF-8 text (line "
                + places.get(0).start().line() + ", column "
                + places.get(0).start().column() + ")");
        this.file = file;
        this.places = List.copyOf(places);
    }

    /** The text, with U+FFFD for each invalid byte sequence. */
    public SourceFile file() {
        return file;
    }

    /** The first invalid byte sequence of each line that has one, in order. */
    public List<SourceRange> places() {
        return places;
    }
}
