package dev.kiln.compiler.variables;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.eval.EvalResult;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.value.Value;

/**
 * One {@code name = value} of a var file. A native value is an expression evaluated only if the
 * variable is declared; a JSON value is already a literal, since HCL reads JSON strings without a
 * context as plain text, never as templates.
 */
record VarFileSetting(String name, SourceRange range, SourceRange valueRange, Expression expression, Value literal) {

    /** The value, with "Variables not allowed"/"Function calls not allowed" for anything but literals. */
    EvalResult evaluate() {
        return expression != null ? LiteralEvaluation.withoutFunctions(expression) : EvalResult.of(literal);
    }
}
