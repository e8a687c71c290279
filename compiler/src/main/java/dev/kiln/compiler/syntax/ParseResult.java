package dev.kiln.compiler.syntax;

import dev.kiln.compiler.ast.ConfigFile;
import dev.kiln.compiler.diag.Diagnostic;
import java.util.List;

/**
 * What parsing one file gives: its syntax tree (complete when {@code diagnostics} has no error,
 * otherwise the parts that could be read) and the problems found, in source order.
 */
public record ParseResult(ConfigFile file, List<Diagnostic> diagnostics) {

    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
