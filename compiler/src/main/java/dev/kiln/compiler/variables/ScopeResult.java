package dev.kiln.compiler.variables;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.eval.EvalContext;
import dev.kiln.compiler.syntax.SourceSet;
import java.util.List;

/**
 * An evaluated scope: the context later stages evaluate in ({@code var}, {@code local}, {@code path},
 * {@code packer}, {@code data}; {@code source} and {@code build} as unknown roots), the variables in
 * declaration order, the locals in declaration order, the var files read (for showing their lines) and
 * every problem found.
 */
public record ScopeResult(
        EvalContext context,
        List<VariableValue> variables,
        List<LocalResult> locals,
        SourceSet files,
        List<Diagnostic> diagnostics) {

    public ScopeResult {
        variables = List.copyOf(variables);
        locals = List.copyOf(locals);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
