package dev.kiln.compiler.variables;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.eval.EvalContext;
import dev.kiln.compiler.eval.EvalResult;
import dev.kiln.compiler.eval.ExpressionEvaluator;
import dev.kiln.compiler.eval.Traversal;
import dev.kiln.compiler.eval.Variables;
import dev.kiln.compiler.source.SourcePos;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.function.FunctionCatalog;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates an expression that may not use variables, as HCL does without an evaluation context:
 * var file values and {@code -var} text (no functions either), and defaults ({@code env()} only).
 */
final class LiteralEvaluation {

    private static final FunctionCatalog NO_FUNCTIONS = FunctionCatalog.of(List.of());

    private LiteralEvaluation() {}

    /** {@code expression} with no variables and no functions ("Function calls not allowed"). */
    static EvalResult withoutFunctions(Expression expression) {
        EvalResult result = withFunctions(expression, NO_FUNCTIONS);
        // HCL with a nil context refuses every call; our evaluator reports an unknown function instead.
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            if (d.summary().equals("Call to unknown function")) {
                diagnostics.add(VariablesDiagnostics.FUNCTION_CALLS_NOT_ALLOWED.error(
                        "Functions may not be called here.", d.context() != null ? d.context() : d.subject()));
            } else {
                diagnostics.add(d);
            }
        }
        return new EvalResult(result.value(), diagnostics);
    }

    /** {@code expression} with no variables, calling {@code functions}. */
    static EvalResult withFunctions(Expression expression, FunctionCatalog functions) {
        List<Diagnostic> refused = new ArrayList<>();
        for (Traversal t : Variables.of(expression)) {
            refused.add(
                    VariablesDiagnostics.VARIABLES_NOT_ALLOWED.error("Variables may not be used here.", rootRange(t)));
        }
        if (!refused.isEmpty()) return new EvalResult(Value.DYNAMIC, refused);
        return ExpressionEvaluator.evaluate(expression, EvalContext.of(functions));
    }

    /** HCL points at the root name of a refused traversal. */
    private static SourceRange rootRange(Traversal traversal) {
        SourcePos start = traversal.range().start();
        String root = traversal.root();
        SourcePos end = new SourcePos(
                start.line(), start.column() + root.codePointCount(0, root.length()), start.offset() + root.length());
        return new SourceRange(traversal.range().file(), start, end);
    }
}
