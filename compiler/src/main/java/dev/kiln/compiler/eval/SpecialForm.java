package dev.kiln.compiler.eval;

import dev.kiln.compiler.ast.Expression;

/**
 * A function whose arguments are expressions rather than values (HCL's customdecode), so it runs
 * inside the evaluator: {@code can}, {@code try}, {@code convert}, {@code templatefile}.
 */
interface SpecialForm {

    /** Evaluates {@code call}, whose name resolved to this form's function. */
    EvalResult call(Expression.FunctionCall call, EvalContext context);
}
