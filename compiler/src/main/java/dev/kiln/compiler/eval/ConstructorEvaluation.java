package dev.kiln.compiler.eval;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.ast.ObjectItem;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Marks;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tuple ({@code [a, b]}) and object ({@code {k = v}}) constructors, as hclsyntax evaluates them. */
final class ConstructorEvaluation {

    private ConstructorEvaluation() {}

    static EvalResult tuple(Expression.TupleCons tuple, EvalContext context) {
        List<Value> values = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Expression item : tuple.items()) {
            EvalResult result = ExpressionEvaluator.evaluate(item, context);
            values.add(result.value());
            diagnostics.addAll(result.diagnostics());
        }
        return new EvalResult(Value.tuple(values), diagnostics);
    }

    /**
     * An object; a key that cannot be computed (unknown, null, an error) makes the whole object
     * unknown, since its type would be unknown too. Key marks move to the object.
     */
    static EvalResult object(Expression.ObjectCons object, EvalContext context) {
        Map<String, Value> attributes = new LinkedHashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Marks marks = Marks.NONE;
        boolean known = true;
        for (ObjectItem item : object.items()) {
            EvalResult key = key(item.key(), context);
            diagnostics.addAll(key.diagnostics());
            EvalResult value = ExpressionEvaluator.evaluate(item.value(), context);
            diagnostics.addAll(value.diagnostics());
            if (key.hasErrors()) {
                known = false;
                continue;
            }
            if (key.value().isNull()) {
                diagnostics.add(EvalDiagnostics.NULL_VALUE_AS_KEY.error(
                        "Can't use a null value as a key.", item.value().range()));
                known = false;
                continue;
            }
            marks = marks.union(key.value().marks());
            ConversionResult converted = Conversion.convert(key.value().unmark(), Type.STRING);
            if (!converted.isSuccess()) {
                diagnostics.add(EvalDiagnostics.INCORRECT_KEY_TYPE.error(
                        "Can't use this value as a key: " + ((ConversionResult.Failure) converted).message() + ".",
                        item.key().range()));
                known = false;
                continue;
            }
            if (!converted.value().isKnown()) {
                known = false;
                continue;
            }
            // A later item with the same key replaces an earlier one, as in cty.ObjectVal's map.
            attributes.put(((StringValue) converted.value()).value(), value.value());
        }
        if (!known) return new EvalResult(Value.DYNAMIC, diagnostics);
        return new EvalResult(Value.object(attributes).withAddedMarks(marks), diagnostics);
    }

    /** A bare identifier (or keyword) names the key literally; a dotted name is ambiguous. */
    private static EvalResult key(Expression key, EvalContext context) {
        if (key instanceof Expression.Variable variable) return EvalResult.of(Value.string(variable.name()));
        if (key instanceof Expression.BoolLiteral bool)
            return EvalResult.of(Value.string(Boolean.toString(bool.value())));
        if (key instanceof Expression.NullLiteral) return EvalResult.of(Value.string("null"));
        if (isBareTraversal(key)) {
            return new EvalResult(
                    Value.DYNAMIC,
                    List.of(EvalDiagnostics.AMBIGUOUS_ATTRIBUTE_KEY.error(
                            "If this expression is intended to be a reference, wrap it in parentheses. If it's instead "
                                    + "intended as a literal name containing periods, wrap it in quotes to create a string literal.",
                            key.range())));
        }
        return ExpressionEvaluator.evaluate(key, context);
    }

    private static boolean isBareTraversal(Expression key) {
        Expression current = key;
        while (current instanceof Expression.GetAttr || current instanceof Expression.Index index && index.legacy()) {
            current = current instanceof Expression.GetAttr getAttr
                    ? getAttr.source()
                    : ((Expression.Index) current).source();
        }
        return current != key && current instanceof Expression.Variable;
    }
}
