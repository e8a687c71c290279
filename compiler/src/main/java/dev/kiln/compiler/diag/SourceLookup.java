package dev.kiln.compiler.diag;

import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourceRange;

/** What diagnostic rendering needs to know about the files a diagnostic points into. */
public interface SourceLookup {

    /** The file called {@code name}, or null if its text is not at hand. */
    SourceFile file(String name);

    /**
     * The header of the top-level block that contains {@code range} ({@code source "amazon-ebs"
     * "base"}), shown as "in ..." in rendered diagnostics; null when there is none.
     */
    String enclosingBlock(SourceRange range);
}
