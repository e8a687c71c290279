package dev.kiln.cli;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.SourceLookup;
import dev.kiln.runtime.engine.BuildJob;
import java.util.List;
import java.util.Set;

/**
 * The builds to run, the diagnostics found while planning (with the files to show them from), and
 * every sensitive value, which the UI masks.
 */
public record PlannedRun(
        List<BuildJob> jobs, List<Diagnostic> diagnostics, SourceLookup sources, Set<String> sensitiveValues) {

    /** Whether planning found an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
