package dev.kiln.compiler.variables;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.eval.EvalResult;
import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;

/**
 * Reads settings such as {@code description} and {@code sensitive} as gohcl's {@code DecodeExpression}
 * does with no context: a literal converted to a Go string or bool, null reading as the zero value.
 */
final class StaticValues {

    private StaticValues() {}

    /** The string {@code expression} holds, "" when absent or null; null after an error. */
    static String string(Expression expression, Diagnostics diagnostics) {
        Value value = decode(expression, Type.STRING, diagnostics);
        if (value == null) return null;
        return value instanceof StringValue s ? s.value() : "";
    }

    /** The bool {@code expression} holds, false when absent, null, or wrong. */
    static boolean bool(Expression expression, Diagnostics diagnostics) {
        Value value = decode(expression, Type.BOOL, diagnostics);
        return value instanceof BoolValue b && b.value();
    }

    private static Value decode(Expression expression, Type type, Diagnostics diagnostics) {
        if (expression == null) return Value.nullOf(type);
        EvalResult result = LiteralEvaluation.withoutFunctions(expression);
        diagnostics.addAll(result.diagnostics());
        if (result.hasErrors()) return null;
        ConversionResult converted = Conversion.convert(result.value().unmarkDeep(), type);
        if (!converted.isSuccess()) {
            diagnostics.add(VariablesDiagnostics.UNSUITABLE_VALUE_TYPE.error(
                    "Unsuitable value: " + converted, expression.range()));
            return null;
        }
        return converted.value();
    }
}
