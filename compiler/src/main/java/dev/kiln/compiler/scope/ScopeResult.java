package dev.kiln.compiler.scope;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.eval.EvalContext;
import java.util.List;

/** The evaluated template scope: the context builds are evaluated in, the variables, the locals and the problems. */
public record ScopeResult(EvalContext context, List<VariableValue> variables, List<LocalResult> locals,
        List<Diagnostic> diagnostics) {

    public ScopeResult {
        variables = List.copyOf(variables);
        locals = List.copyOf(locals);
        diagnostics = List.copyOf(diagnostics);
    }
}
