package dev.kiln.compiler.eval;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.type.ListType;
import dev.kiln.stdlib.type.MapType;
import dev.kiln.stdlib.type.ObjectType;
import dev.kiln.stdlib.type.SetType;
import dev.kiln.stdlib.type.TupleType;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.ListValue;
import dev.kiln.stdlib.value.MapValue;
import dev.kiln.stdlib.value.Marks;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.SetValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.TupleValue;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code for} expressions as hclsyntax's {@code ForExpr}: {@code [for ...]} gives a tuple,
 * {@code {for ...}} an object (with {@code ...} grouping values into tuples); key and value
 * variables range over lists, sets, tuples (index, element), maps and objects (key, element).
 */
final class ForEvaluation {

    /** One step of iterating a collection: the key variable's and the value variable's values. */
    record Element(Value key, Value value) {}

    private ForEvaluation() {}

    static EvalResult evaluate(Expression.For expression, EvalContext context) {
        EvalResult collection = ExpressionEvaluator.evaluate(expression.collection(), context);
        List<Diagnostic> diagnostics = new ArrayList<>(collection.diagnostics());
        Value value = collection.value();
        if (value.isNull()) {
            diagnostics.add(EvalDiagnostics.ITERATION_OVER_NULL_VALUE.error(
                    "A null value cannot be used as the collection in a 'for' expression.",
                    expression.collection().range(),
                    expression.range()));
            return new EvalResult(Value.DYNAMIC, diagnostics);
        }
        if (value.type() == Type.ANY) return new EvalResult(Value.DYNAMIC, diagnostics);
        Marks marks = value.marks();
        value = value.unmark();
        if (!canIterate(value.type())) {
            diagnostics.add(EvalDiagnostics.ITERATION_OVER_NON_ITERABLE_VALUE.error(
                    "A value of type " + value.type().friendlyName()
                            + " cannot be used as the collection in a 'for' expression.",
                    expression.collection().range(),
                    expression.range()));
            return new EvalResult(Value.DYNAMIC, diagnostics);
        }
        if (!value.isKnown()) return new EvalResult(Value.DYNAMIC, diagnostics);

        if (expression.condition() != null && !conditionPlausible(expression, context, diagnostics)) {
            return new EvalResult(Value.DYNAMIC, diagnostics);
        }

        boolean known = true;
        boolean object = expression.keyExpr() != null;
        List<Value> items = new ArrayList<>();
        Map<String, Value> attributes = new LinkedHashMap<>();
        Map<String, List<Value>> groups = new LinkedHashMap<>();
        for (Element element : elements(value)) {
            Map<String, Value> scope = new HashMap<>();
            if (expression.keyVar() != null) scope.put(expression.keyVar(), element.key());
            scope.put(expression.valueVar(), element.value());
            EvalContext child = context.child(scope);

            if (expression.condition() != null) {
                EvalResult include = ExpressionEvaluator.evaluate(expression.condition(), child);
                diagnostics.addAll(include.diagnostics());
                Value raw = include.value();
                if (raw.isNull()) {
                    if (known) {
                        diagnostics.add(EvalDiagnostics.INVALID_FOR_CONDITION.error(
                                "The value of the 'if' clause must not be null.",
                                expression.condition().range(),
                                expression.range()));
                    }
                    known = false;
                    continue;
                }
                if (!object && !raw.isKnown()) {
                    known = false;
                    continue;
                }
                ConversionResult asBool = Conversion.convert(raw, Type.BOOL);
                if (!asBool.isSuccess()) {
                    if (known) {
                        diagnostics.add(EvalDiagnostics.INVALID_FOR_CONDITION.error(
                                "The 'if' clause value is invalid: " + ((ConversionResult.Failure) asBool).message()
                                        + ".",
                                expression.condition().range(),
                                expression.range()));
                    }
                    known = false;
                    continue;
                }
                Value bool = asBool.value();
                if (!bool.isKnown()) {
                    known = false;
                    continue;
                }
                marks = marks.union(bool.marks());
                if (!((BoolValue) bool.unmark()).value()) continue;
            }

            if (!object) {
                EvalResult item = ExpressionEvaluator.evaluate(expression.valueExpr(), child);
                diagnostics.addAll(item.diagnostics());
                items.add(item.value());
                continue;
            }
            EvalResult keyResult = ExpressionEvaluator.evaluate(expression.keyExpr(), child);
            diagnostics.addAll(keyResult.diagnostics());
            Value rawKey = keyResult.value();
            if (rawKey.isNull()) {
                if (known) {
                    diagnostics.add(EvalDiagnostics.INVALID_OBJECT_KEY.error(
                            "Key expression in 'for' expression must not produce a null value.",
                            expression.keyExpr().range(),
                            expression.range()));
                }
                known = false;
                continue;
            }
            if (!rawKey.isKnown()) {
                known = false;
                continue;
            }
            ConversionResult key = Conversion.convert(rawKey, Type.STRING);
            if (!key.isSuccess()) {
                if (known) {
                    diagnostics.add(EvalDiagnostics.INVALID_OBJECT_KEY.error(
                            "The key expression produced an invalid result: "
                                    + ((ConversionResult.Failure) key).message() + ".",
                            expression.keyExpr().range(),
                            expression.range()));
                }
                known = false;
                continue;
            }
            marks = marks.union(key.value().marks());
            String name = ((StringValue) key.value().unmark()).value();
            EvalResult item = ExpressionEvaluator.evaluate(expression.valueExpr(), child);
            diagnostics.addAll(item.diagnostics());
            if (expression.grouping()) {
                groups.computeIfAbsent(name, k -> new ArrayList<>()).add(item.value());
            } else if (attributes.containsKey(name)) {
                diagnostics.add(EvalDiagnostics.DUPLICATE_OBJECT_KEY.error(
                        "Two different items produced the key \"" + name
                                + "\" in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the "
                                + "value expression to enable grouping by key.",
                        expression.keyExpr().range(),
                        expression.range()));
            } else {
                attributes.put(name, item.value());
            }
        }
        if (!known) return new EvalResult(Value.DYNAMIC, diagnostics);
        if (!object) return new EvalResult(Value.tuple(items).withAddedMarks(marks), diagnostics);
        if (expression.grouping()) groups.forEach((name, group) -> attributes.put(name, Value.tuple(group)));
        return new EvalResult(Value.object(attributes).withAddedMarks(marks), diagnostics);
    }

    /**
     * HCL first evaluates the condition once with unknown variables, to report a condition of the
     * wrong type once rather than once per element.
     */
    private static boolean conditionPlausible(
            Expression.For expression, EvalContext context, List<Diagnostic> diagnostics) {
        Map<String, Value> scope = new HashMap<>();
        if (expression.keyVar() != null) scope.put(expression.keyVar(), Value.DYNAMIC);
        scope.put(expression.valueVar(), Value.DYNAMIC);
        EvalResult result = ExpressionEvaluator.evaluate(expression.condition(), context.child(scope));
        diagnostics.addAll(result.diagnostics());
        if (result.value().isNull()) {
            diagnostics.add(EvalDiagnostics.CONDITION_IS_NULL.error(
                    "The value of the 'if' clause must not be null.",
                    expression.condition().range(),
                    expression.range()));
            return false;
        }
        ConversionResult asBool = Conversion.convert(result.value(), Type.BOOL);
        if (!asBool.isSuccess()) {
            diagnostics.add(EvalDiagnostics.INVALID_FOR_CONDITION.error(
                    "The 'if' clause value is invalid: " + ((ConversionResult.Failure) asBool).message() + ".",
                    expression.condition().range(),
                    expression.range()));
            return false;
        }
        return !result.hasErrors();
    }

    /** cty's {@code CanIterateElements}. */
    static boolean canIterate(Type type) {
        return type instanceof ListType
                || type instanceof SetType
                || type instanceof TupleType
                || type instanceof MapType
                || type instanceof ObjectType;
    }

    /** The elements of a known, unmarked iterable value in cty's iteration order. */
    static List<Element> elements(Value collection) {
        List<Element> elements = new ArrayList<>();
        if (collection instanceof ListValue list) {
            indexed(list.elements(), elements);
        } else if (collection instanceof TupleValue tuple) {
            indexed(tuple.elements(), elements);
        } else if (collection instanceof SetValue set) {
            // A set element is its own key, as in cty.
            set.elements().forEach(e -> elements.add(new Element(e, e)));
        } else if (collection instanceof MapValue map) {
            map.entries().forEach((k, v) -> elements.add(new Element(Value.string(k), v)));
        } else if (collection instanceof ObjectValue object) {
            object.attributes().forEach((k, v) -> elements.add(new Element(Value.string(k), v)));
        }
        return elements;
    }

    private static void indexed(List<Value> values, List<Element> elements) {
        for (int i = 0; i < values.size(); i++) elements.add(new Element(Value.number(i), values.get(i)));
    }
}
