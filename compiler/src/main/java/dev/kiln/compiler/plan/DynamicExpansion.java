package dev.kiln.compiler.plan;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.decode.DynamicBlock;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.eval.EvalContext;
import dev.kiln.compiler.eval.EvalResult;
import dev.kiln.compiler.eval.ExpressionEvaluator;
import dev.kiln.stdlib.value.ListValue;
import dev.kiln.stdlib.value.MapValue;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.SetValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.TupleValue;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands a {@code dynamic "T"} block as HCL's dynblock does: one block per element of
 * {@code for_each}, whose content is evaluated with the iterator ({@code T} or the {@code iterator}
 * name) bound to {@code {key, value}}, and whose labels are {@code labels} evaluated the same way.
 */
final class DynamicExpansion {

    /** One generated block: the scope its content is evaluated in, and its labels (null while unknown). */
    record Iteration(EvalContext context, List<String> labels) {}

    private DynamicExpansion() {}

    /** The blocks {@code block} generates in {@code context}; none when for_each is unknown or invalid. */
    static List<Iteration> iterations(DynamicBlock block, EvalContext context, Diagnostics diagnostics) {
        if (block.forEach() == null) return List.of();
        Expression forEachExpr = block.forEach().expression();
        Value forEach = evaluate(forEachExpr, context, diagnostics);
        String iterator = iteratorName(block, diagnostics);
        List<Iteration> result = new ArrayList<>();
        if (!forEach.isKnown()) return result;
        if (forEach.isNull()) {
            diagnostics.add(PlanDiagnostics.INVALID_DYNAMIC_FOR_EACH_VALUE.error(
                    "Cannot use a null value in for_each.", forEachExpr.range()));
            return result;
        }
        Map<Value, Value> elements = elements(forEach.unmark());
        if (elements == null) {
            diagnostics.add(PlanDiagnostics.INVALID_DYNAMIC_FOR_EACH_VALUE.error(
                    "Cannot use a " + forEach.type().friendlyName()
                            + " value in for_each. An iterable collection is required.",
                    forEachExpr.range()));
            return result;
        }
        for (Map.Entry<Value, Value> e : elements.entrySet()) {
            EvalContext child =
                    context.child(Map.of(iterator, Value.object(Map.of("key", e.getKey(), "value", e.getValue()))));
            result.add(new Iteration(child, labels(block.labels(), child, diagnostics)));
        }
        return result;
    }

    private static String iteratorName(DynamicBlock block, Diagnostics diagnostics) {
        if (block.iterator() == null) return block.blockType();
        if (block.iterator().expression() instanceof Expression.Variable v) return v.name();
        diagnostics.add(PlanDiagnostics.INVALID_EXPRESSION.error(
                "A single static variable reference is required: only"
                        + " attribute access and indexing with constant keys. No calculations, function calls, template"
                        + " expressions, etc are allowed here.",
                block.iterator().expression().range()));
        return block.blockType();
    }

    private static List<String> labels(Attribute labels, EvalContext context, Diagnostics diagnostics) {
        if (labels == null) return List.of();
        Value value = evaluate(labels.expression(), context, diagnostics);
        if (!value.isKnown()) return null;
        Map<Value, Value> elements = value.isKnown() && !value.isNull() ? elements(value.unmark()) : null;
        if (elements == null) return List.of();
        List<String> result = new ArrayList<>();
        for (Value label : elements.values()) {
            if (label.unmark() instanceof StringValue s) {
                result.add(s.value());
            } else {
                diagnostics.add(PlanDiagnostics.INVALID_DYNAMIC_BLOCK_LABEL.error(
                        "Cannot use this value as a dynamic" + " block label: a string is required.",
                        labels.expression().range()));
            }
        }
        return result;
    }

    /** key to value, in iteration order; null when {@code value} cannot be iterated. */
    private static Map<Value, Value> elements(Value value) {
        Map<Value, Value> out = new LinkedHashMap<>();
        List<Value> sequence = null;
        if (value instanceof ListValue l) sequence = l.elements();
        if (value instanceof TupleValue t) sequence = t.elements();
        if (value instanceof SetValue s) {
            for (Value v : s.elements()) out.put(v, v);
            return out;
        }
        if (sequence != null) {
            for (int i = 0; i < sequence.size(); i++) out.put(Value.number(i), sequence.get(i));
            return out;
        }
        if (value instanceof MapValue m) {
            m.entries().forEach((k, v) -> out.put(Value.string(k), v));
            return out;
        }
        if (value instanceof ObjectValue o) {
            o.attributes().forEach((k, v) -> out.put(Value.string(k), v));
            return out;
        }
        return null;
    }

    private static Value evaluate(Expression expression, EvalContext context, Diagnostics diagnostics) {
        EvalResult result = ExpressionEvaluator.evaluate(expression, context);
        diagnostics.addAll(result.diagnostics());
        return result.value();
    }
}
