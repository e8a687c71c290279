package dev.kiln.compiler.eval;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;

/**
 * Evaluates expressions as hclsyntax's {@code Expression.Value} does: every form, unknown values
 * flowing through, sensitive marks kept, and problems returned as diagnostics, never thrown.
 * Each form has its own class; this one only dispatches.
 */
public final class ExpressionEvaluator {

    private ExpressionEvaluator() {}

    /** The value of {@code expression} in {@code context}, with any problems found. */
    public static EvalResult evaluate(Expression expression, EvalContext context) {
        if (expression instanceof Expression.NumberLiteral number) return EvalResult.of(Value.number(number.value()));
        if (expression instanceof Expression.BoolLiteral bool) return EvalResult.of(Value.bool(bool.value()));
        if (expression instanceof Expression.NullLiteral) return EvalResult.of(Value.nullOf(Type.ANY));
        if (expression instanceof Expression.Parenthesized paren) return evaluate(paren.expression(), context);
        // The parser already reported why there is no expression here; one root cause, one error.
        if (expression instanceof Expression.Invalid) return EvalResult.of(Value.DYNAMIC);
        if (expression instanceof Expression.Template template) return TemplateEvaluation.evaluate(template, context);
        if (expression instanceof Expression.Variable variable) return TraversalEvaluation.variable(variable, context);
        if (expression instanceof Expression.GetAttr getAttr) return TraversalEvaluation.getAttr(getAttr, context);
        if (expression instanceof Expression.Index index) return TraversalEvaluation.index(index, context);
        if (expression instanceof Expression.Splat splat) return SplatEvaluation.evaluate(splat, context);
        if (expression instanceof Expression.SplatItem) return EvalResult.of(context.splatItem());
        if (expression instanceof Expression.FunctionCall call) return CallEvaluation.evaluate(call, context);
        if (expression instanceof Expression.Conditional conditional) {
            return ConditionalEvaluation.evaluate(conditional, context);
        }
        if (expression instanceof Expression.Binary binary) return OperatorEvaluation.binary(binary, context);
        if (expression instanceof Expression.Unary unary) return OperatorEvaluation.unary(unary, context);
        if (expression instanceof Expression.TupleCons tuple) return ConstructorEvaluation.tuple(tuple, context);
        if (expression instanceof Expression.ObjectCons object) return ConstructorEvaluation.object(object, context);
        if (expression instanceof Expression.For forExpression) return ForEvaluation.evaluate(forExpression, context);
        throw new IllegalStateException(
                "unhandled expression " + expression.getClass().getSimpleName());
    }
}
