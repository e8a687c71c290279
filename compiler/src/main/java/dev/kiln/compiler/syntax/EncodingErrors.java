package dev.kiln.compiler.syntax;

import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.source.InvalidEncodingException;
import dev.kiln.compiler.source.SourceRange;

/** hclsyntax's "Invalid character encoding" errors, for a configuration file that is not UTF-8. */
public final class EncodingErrors {

    private EncodingErrors() {}

    /** Reports each line of the file that has invalid bytes, and records the text for the snippets. */
    public static void report(InvalidEncodingException e, ParsedFiles files, Diagnostics diagnostics) {
        files.add(e.file());
        for (SourceRange at : e.places()) {
            diagnostics.add(SyntaxDiagnostics.INVALID_CHARACTER_ENCODING.error(
                    "All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is selected in your editor.",
                    at));
        }
    }
}
