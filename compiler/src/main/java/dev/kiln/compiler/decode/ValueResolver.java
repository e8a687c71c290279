package dev.kiln.compiler.decode;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.stdlib.value.Value;

/**
 * Evaluates one expression in whatever scope the caller set up (variables, locals, {@code source.name}).
 * The evaluator satisfies it ({@code (e, d) -> { EvalResult r = eval.ExpressionEvaluator.evaluate(e, ctx);
 * d.addAll(r.diagnostics()); return r.value(); }}); decoding never needs to know how. A value not
 * known until build time is returned as an unknown value, never as an error.
 */
@FunctionalInterface
public interface ValueResolver {

    /** The value of {@code expression}; problems go to {@code diagnostics} and give an unknown value. */
    Value evaluate(Expression expression, Diagnostics diagnostics);
}
