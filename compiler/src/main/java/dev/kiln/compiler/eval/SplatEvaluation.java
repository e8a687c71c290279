package dev.kiln.compiler.eval;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.stdlib.type.ListType;
import dev.kiln.stdlib.type.SetType;
import dev.kiln.stdlib.type.TupleType;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.ListValue;
import dev.kiln.stdlib.value.Marks;
import dev.kiln.stdlib.value.SetValue;
import dev.kiln.stdlib.value.TupleValue;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Splat expressions ({@code list[*].name}, legacy {@code list.*.name}) as hclsyntax's
 * {@code SplatExpr}: the traversal after the star is applied to every element. A value that is
 * not a list, set or tuple counts as a one-element tuple, and null as an empty tuple.
 */
final class SplatEvaluation {

    private SplatEvaluation() {}

    static EvalResult evaluate(Expression.Splat splat, EvalContext context) {
        EvalResult source = ExpressionEvaluator.evaluate(splat.source(), context);
        List<Diagnostic> diagnostics = new ArrayList<>(source.diagnostics());
        if (source.hasErrors()) {
            // The traversal still runs on an unknown element, to report its own mistakes too.
            diagnostics.addAll(ExpressionEvaluator.evaluate(splat.each(), context.withSplatItem(Value.DYNAMIC))
                    .diagnostics());
            return new EvalResult(Value.DYNAMIC, diagnostics);
        }
        Value value = source.value();
        Type type = value.type();
        boolean upgrade = !(type instanceof TupleType || type instanceof ListType || type instanceof SetType);
        if (value.isNull()) {
            if (upgrade) return new EvalResult(Value.tuple(), diagnostics);
            diagnostics.add(EvalDiagnostics.SPLAT_OF_NULL_VALUE.error(
                    "Splat expressions (with the * symbol) cannot be applied to null sequences.",
                    splat.source().range(),
                    splat.range()));
            return new EvalResult(Value.DYNAMIC, diagnostics);
        }
        if (type == Type.ANY) return new EvalResult(Value.DYNAMIC, diagnostics);
        boolean upgradedUnknown = false;
        if (upgrade) {
            // An unknown value may turn out null (no element) or not (one): the count is unknown too.
            upgradedUnknown = !value.isKnown();
            value = Value.tuple(value);
            type = value.type();
        }
        if (!value.isKnown()) {
            EvalResult typed = resultType(splat, type, context);
            diagnostics.addAll(typed.diagnostics());
            return new EvalResult(typed.value().withAddedMarks(value.marks()), diagnostics);
        }
        Marks marks = value.marks();
        List<Value> elements = elements(value.unmark());
        List<Value> results = new ArrayList<>();
        boolean known = true;
        for (Value element : elements) {
            EvalResult each = ExpressionEvaluator.evaluate(splat.each(), context.withSplatItem(element));
            diagnostics.addAll(each.diagnostics());
            if (!each.value().isKnown()) known = false;
            results.add(each.value());
        }
        if (upgradedUnknown) {
            EvalResult typed = resultType(splat, type, context);
            diagnostics.addAll(typed.diagnostics());
            return new EvalResult(Value.DYNAMIC.withAddedMarks(marks), diagnostics);
        }
        if (EvalResult.hasErrors(diagnostics)) return new EvalResult(Value.DYNAMIC, diagnostics);
        if (type instanceof TupleType)
            return new EvalResult(Value.tuple(results).withAddedMarks(marks), diagnostics);
        Value list;
        if (results.isEmpty()) {
            EvalResult typed = resultType(splat, type, context);
            list = typed.value().type() instanceof ListType listType
                    ? Value.emptyList(listType.elementType())
                    : Value.emptyList(Type.ANY);
        } else {
            list = ListConstruction.listOrUnknown(results);
        }
        return new EvalResult(list.withAddedMarks(marks), diagnostics);
    }

    /** The unknown result for a source of {@code type}: the traversal applied to unknown elements. */
    private static EvalResult resultType(Expression.Splat splat, Type type, EvalContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (type instanceof TupleType tuple) {
            List<Type> types = new ArrayList<>();
            for (Type element : tuple.elementTypes()) {
                EvalResult each =
                        ExpressionEvaluator.evaluate(splat.each(), context.withSplatItem(Value.unknown(element)));
                diagnostics.addAll(each.diagnostics());
                types.add(each.value().type());
            }
            return new EvalResult(Value.unknown(Type.tuple(types)), diagnostics);
        }
        Type element = type instanceof ListType list ? list.elementType() : ((SetType) type).elementType();
        EvalResult each = ExpressionEvaluator.evaluate(splat.each(), context.withSplatItem(Value.unknown(element)));
        return new EvalResult(Value.unknown(Type.list(each.value().type())), each.diagnostics());
    }

    static List<Value> elements(Value sequence) {
        if (sequence instanceof ListValue list) return list.elements();
        if (sequence instanceof SetValue set) return set.elements();
        return ((TupleValue) sequence).elements();
    }
}
