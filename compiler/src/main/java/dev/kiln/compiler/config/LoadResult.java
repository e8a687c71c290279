package dev.kiln.compiler.config;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.syntax.SourceSet;
import java.util.List;

/** A loaded configuration: the model (partial when there are errors), the files for rendering diagnostics, and the problems. */
public record LoadResult(Template template, SourceSet files, List<Diagnostic> diagnostics) {

    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
