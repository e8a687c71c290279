package dev.kiln.compiler.plan;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.eval.EvalContext;
import dev.kiln.compiler.eval.EvalResult;
import dev.kiln.compiler.eval.ExpressionEvaluator;
import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.ListValue;
import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.List;

/** Reads the evaluated values of core arguments (names, only/except, retries) as Java values; unknown or null reads as absent. */
final class MetaValues {

    private MetaValues() {}

    static String string(Expression expression, EvalContext scope, Diagnostics diagnostics) {
        EvalResult result = ExpressionEvaluator.evaluate(expression, scope);
        diagnostics.addAll(result.diagnostics());
        ConversionResult converted = Conversion.convert(result.value(), Type.STRING);
        return converted.isSuccess() ? string(converted.value()) : null;
    }

    static String string(Value value) {
        return value.unmark() instanceof StringValue s ? s.value() : null;
    }

    static Boolean bool(Value value) {
        return value.unmark() instanceof BoolValue b ? b.value() : null;
    }

    static Integer integer(Value value) {
        return value.unmark() instanceof NumberValue n ? n.value().intValue() : null;
    }

    static List<String> strings(Value value) {
        List<String> out = new ArrayList<>();
        if (value.unmark() instanceof ListValue list) {
            for (Value v : list.elements()) {
                String s = string(v);
                if (s != null) out.add(s);
            }
        }
        return out;
    }
}
