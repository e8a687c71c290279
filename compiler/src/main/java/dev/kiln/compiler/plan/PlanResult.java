package dev.kiln.compiler.plan;

import dev.kiln.compiler.diag.Diagnostic;
import java.util.List;

/** A Plan and every problem found making it, in file and line order. The plan holds the builds that could be prepared. */
public record PlanResult(Plan plan, List<Diagnostic> diagnostics) {

    public PlanResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
