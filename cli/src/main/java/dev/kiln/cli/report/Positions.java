package dev.kiln.cli.report;

import dev.kiln.compiler.diag.SourceLookup;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourcePos;

/** Column conversions that machine formats need. */
final class Positions {

    private Positions() {}

    /**
     * The 1-based column of {@code pos} in UTF-16 code units, the unit SARIF and editors assume by
     * default; falls back to kiln's code point column when the file text is not at hand.
     */
    static int utf16Column(SourcePos pos, String file, SourceLookup sources) {
        SourceFile source = sources.file(file);
        if (source == null) return pos.column();
        return pos.offset() - source.lineStart(pos.line()) + 1;
    }
}
