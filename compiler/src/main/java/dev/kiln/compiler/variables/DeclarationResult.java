package dev.kiln.compiler.variables;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.syntax.SourceSet;
import java.util.List;

/**
 * What {@link TemplateScope#declarations} found: the var files read (for quoting) and the problems
 * with the variable declarations and the values given for them.
 */
public record DeclarationResult(SourceSet files, List<Diagnostic> diagnostics) {

    public DeclarationResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
