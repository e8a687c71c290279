package dev.kiln.compiler.eval;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.convert.Unification;
import dev.kiln.stdlib.type.CollectionType;
import dev.kiln.stdlib.type.ListType;
import dev.kiln.stdlib.type.MapType;
import dev.kiln.stdlib.type.ObjectType;
import dev.kiln.stdlib.type.SetType;
import dev.kiln.stdlib.type.TupleType;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.Marks;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code condition ? a : b} as hclsyntax's {@code ConditionalExpr}: both results are evaluated
 * and their types unified (so the branch not taken is still type-checked), an unknown condition
 * gives an unknown of the unified type, and only the taken branch's diagnostics are reported.
 */
final class ConditionalEvaluation {

    private ConditionalEvaluation() {}

    static EvalResult evaluate(Expression.Conditional conditional, EvalContext context) {
        EvalResult whenTrue = ExpressionEvaluator.evaluate(conditional.whenTrue(), context);
        EvalResult whenFalse = ExpressionEvaluator.evaluate(conditional.whenFalse(), context);
        Value trueValue = whenTrue.value();
        Value falseValue = whenFalse.value();

        Type resultType = Type.ANY;
        boolean convertTrue = true;
        boolean convertFalse = true;
        if (isDynamicNull(trueValue)) {
            resultType = falseValue.type();
            convertFalse = false;
        } else if (isDynamicNull(falseValue)) {
            resultType = trueValue.type();
            convertTrue = false;
        } else if (trueValue.type() == Type.ANY || falseValue.type() == Type.ANY) {
            convertTrue = false;
            convertFalse = false;
        } else {
            Optional<Type> unified = Unification.unifyUnsafe(List.of(trueValue.type(), falseValue.type()));
            if (unified.isEmpty()) {
                return new EvalResult(
                        Value.DYNAMIC,
                        List.of(EvalDiagnostics.INCONSISTENT_CONDITIONAL_RESULT_TYPES.error(
                                "The true and false result expressions must have consistent types. "
                                        + mismatch(trueValue.type(), falseValue.type()) + ".",
                                conditional
                                                .whenTrue()
                                                .range()
                                                .file()
                                                .equals(conditional
                                                        .whenFalse()
                                                        .range()
                                                        .file())
                                        ? dev.kiln.compiler.source.SourceRange.between(
                                                conditional.whenTrue().range(),
                                                conditional.whenFalse().range())
                                        : conditional.whenTrue().range(),
                                conditional.range())));
            }
            resultType = unified.get();
        }

        EvalResult condition = ExpressionEvaluator.evaluate(conditional.condition(), context);
        List<Diagnostic> diagnostics = new ArrayList<>(condition.diagnostics());
        Value conditionValue = condition.value();
        if (conditionValue.isNull()) {
            diagnostics.add(EvalDiagnostics.NULL_CONDITION.error(
                    "The condition value is null. Conditions must either be true or false.",
                    conditional.condition().range(),
                    conditional.range()));
            return new EvalResult(Value.unknown(resultType), diagnostics);
        }
        if (!conditionValue.isKnown()) {
            Marks marks = conditionValue.marks().union(trueValue.marks()).union(falseValue.marks());
            return new EvalResult(Value.unknown(resultType).withAddedMarks(marks), diagnostics);
        }
        ConversionResult asBool = Conversion.convert(conditionValue, Type.BOOL);
        if (!asBool.isSuccess()) {
            diagnostics.add(EvalDiagnostics.INCORRECT_CONDITION_TYPE.error(
                    "The condition expression must be of type bool.",
                    conditional.condition().range(),
                    conditional.range()));
            return new EvalResult(Value.unknown(resultType), diagnostics);
        }
        Value bool = asBool.value().unmarkDeep();
        if (!bool.isKnown()) return new EvalResult(Value.unknown(resultType), diagnostics);
        boolean taken = ((BoolValue) bool).value();
        EvalResult branch = taken ? whenTrue : whenFalse;
        Expression branchExpression = taken ? conditional.whenTrue() : conditional.whenFalse();
        diagnostics.addAll(branch.diagnostics());
        Value result = branch.value();
        if (taken ? convertTrue : convertFalse) {
            ConversionResult converted = Conversion.convert(result, resultType);
            if (!converted.isSuccess()) {
                diagnostics.add(EvalDiagnostics.INCONSISTENT_CONDITIONAL_RESULT_TYPES.error(
                        "The " + taken + " result value has the wrong type: "
                                + ((ConversionResult.Failure) converted).message() + ".",
                        branchExpression.range(),
                        conditional.range()));
                return new EvalResult(Value.unknown(resultType), diagnostics);
            }
            result = converted.value();
        }
        // As in hclsyntax, a known condition's marks are not carried to the result.
        return new EvalResult(result, diagnostics);
    }

    private static boolean isDynamicNull(Value value) {
        return value.isNull() && value.type() == Type.ANY;
    }

    /** hclsyntax's {@code describeConditionalTypeMismatch}. */
    static String mismatch(Type whenTrue, Type whenFalse) {
        if (whenTrue instanceof ObjectType t && whenFalse instanceof ObjectType f) {
            Map<String, Type> trueAttrs = t.attributeTypes();
            Map<String, Type> falseAttrs = f.attributeTypes();
            for (String name : new TreeSet<>(trueAttrs.keySet())) {
                if (!falseAttrs.containsKey(name)) {
                    return "The 'true' value includes object attribute \"" + name
                            + "\", which is absent in the 'false' value";
                }
                if (!trueAttrs.get(name).equals(falseAttrs.get(name))) {
                    return "Type mismatch for object attribute \"" + name + "\": "
                            + mismatch(trueAttrs.get(name), falseAttrs.get(name));
                }
            }
            for (String name : new TreeSet<>(falseAttrs.keySet())) {
                if (!trueAttrs.containsKey(name)) {
                    return "The 'false' value includes object attribute \"" + name
                            + "\", which is absent in the 'true' value";
                }
            }
        } else if (whenTrue instanceof TupleType t && whenFalse instanceof TupleType f) {
            if (t.length() != f.length()) {
                return "The 'true' tuple has length " + t.length() + ", but the 'false' tuple has length " + f.length();
            }
            for (int i = 0; i < t.length(); i++) {
                if (!t.elementTypes().get(i).equals(f.elementTypes().get(i))) {
                    return "Type mismatch for tuple element " + i + ": "
                            + mismatch(t.elementTypes().get(i), f.elementTypes().get(i));
                }
            }
        } else if (whenTrue instanceof CollectionType t
                && whenFalse instanceof CollectionType f
                && t.getClass() == f.getClass()) {
            Type te = t.elementType();
            Type fe = f.elementType();
            if ((te instanceof ObjectType && fe instanceof ObjectType)
                    || (te instanceof TupleType && fe instanceof TupleType)) {
                String noun = t instanceof ListType
                        ? "list"
                        : t instanceof SetType ? "set" : t instanceof MapType ? "map" : "collection";
                return "Mismatched " + noun + " element types: " + mismatch(te, fe);
            }
        }
        if (whenTrue.friendlyName().equals(whenFalse.friendlyName())) {
            return "At least one deeply-nested attribute or element is not compatible across both the 'true' and the 'false' value";
        }
        return "The 'true' value is " + whenTrue.friendlyName() + ", but the 'false' value is "
                + whenFalse.friendlyName();
    }
}
