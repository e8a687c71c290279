package dev.kiln.compiler.eval;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.DiagnosticKind;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.text.Suggestions;
import dev.kiln.stdlib.type.ListType;
import dev.kiln.stdlib.type.MapType;
import dev.kiln.stdlib.type.ObjectType;
import dev.kiln.stdlib.type.SetType;
import dev.kiln.stdlib.type.TupleType;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.ListValue;
import dev.kiln.stdlib.value.MapValue;
import dev.kiln.stdlib.value.Marks;
import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.TupleValue;
import dev.kiln.stdlib.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Root variables, attribute access and indexing, with the wording of HCL's {@code hcl.GetAttr}
 * and {@code hcl.Index}. Marks on a container carry over to what is taken out of it.
 */
final class TraversalEvaluation {

    private static final DiagnosticKind INVALID_INDEX = EvalDiagnostics.INVALID_INDEX;
    private static final String NOT_AN_ELEMENT = "The given key does not identify an element in this collection value";

    private TraversalEvaluation() {}

    static EvalResult variable(Expression.Variable variable, EvalContext context) {
        Optional<Value> value = context.lookup(variable.name());
        if (value.isPresent()) return EvalResult.of(value.get());
        String suggestion = Suggestions.closest(variable.name(), context.names())
                .map(name -> " Did you mean \"" + name + "\"?")
                .orElse("");
        return new EvalResult(
                Value.DYNAMIC,
                List.of(EvalDiagnostics.UNKNOWN_VARIABLE.error(
                        "There is no variable named \"" + variable.name() + "\"." + suggestion, variable.range())));
    }

    static EvalResult getAttr(Expression.GetAttr getAttr, EvalContext context) {
        EvalResult source = ExpressionEvaluator.evaluate(getAttr.source(), context);
        if (source.hasErrors()) return source.withValue(Value.DYNAMIC);
        return getAttr(source.value(), getAttr.name(), SubjectRanges.attribute(getAttr))
                .after(source.diagnostics());
    }

    static EvalResult index(Expression.Index index, EvalContext context) {
        EvalResult collection = ExpressionEvaluator.evaluate(index.source(), context);
        EvalResult key = ExpressionEvaluator.evaluate(index.key(), context);
        List<Diagnostic> diagnostics = new ArrayList<>(collection.diagnostics());
        diagnostics.addAll(key.diagnostics());
        if (EvalResult.hasErrors(diagnostics)) return new EvalResult(Value.DYNAMIC, diagnostics);
        return index(collection.value(), key.value(), SubjectRanges.bracket(index))
                .after(diagnostics);
    }

    /** {@code value.name} as HCL's {@code hcl.GetAttr}. */
    static EvalResult getAttr(Value value, String name, SourceRange range) {
        if (value.isNull()) {
            return error(
                    EvalDiagnostics.ATTEMPT_TO_GET_ATTRIBUTE_FROM_NULL_VALUE,
                    "This value is null, so it does not have any attributes.",
                    range);
        }
        Marks marks = value.marks();
        Type type = value.type();
        if (type instanceof ObjectType objectType) {
            Type attributeType = objectType.attributeType(name);
            if (attributeType == null) {
                String suggestion = Suggestions.closest(
                                name, objectType.attributeTypes().keySet())
                        .map(s -> " Did you mean \"" + s + "\"?")
                        .orElse("");
                return error(
                        EvalDiagnostics.UNSUPPORTED_ATTRIBUTE,
                        "This object does not have an attribute named \"" + name + "\"." + suggestion,
                        range);
            }
            if (!value.isKnown())
                return EvalResult.of(Value.unknown(attributeType).withAddedMarks(marks));
            return EvalResult.of(((ObjectValue) value).attribute(name).withAddedMarks(marks));
        }
        if (type instanceof MapType mapType) {
            if (!value.isKnown())
                return EvalResult.of(Value.unknown(mapType.elementType()).withAddedMarks(marks));
            Value element = ((MapValue) value).entries().get(StringValue.normalize(name));
            if (element == null) {
                String suggestion = Suggestions.closest(
                                name, ((MapValue) value).entries().keySet())
                        .map(s -> " Did you mean \"" + s + "\"?")
                        .orElse("");
                return error(
                        EvalDiagnostics.MISSING_MAP_ELEMENT,
                        "This map does not have an element with the key \"" + name + "\"." + suggestion,
                        range);
            }
            return EvalResult.of(element.withAddedMarks(marks));
        }
        if (type == Type.ANY) return EvalResult.of(Value.DYNAMIC.withAddedMarks(marks));
        if (type instanceof ListType list && list.elementType() instanceof ObjectType element) {
            return error(
                    EvalDiagnostics.UNSUPPORTED_ATTRIBUTE,
                    element.attributeType(name) != null
                            ? "Can't access attributes on a list of objects. Did you mean to access attribute \"" + name
                                    + "\" for a specific element of the list, or across all elements of the list?"
                            : "Can't access attributes on a list of objects. Did you mean to access an attribute for a "
                                    + "specific element of the list, or across all elements of the list?",
                    range);
        }
        if (type instanceof SetType set && set.elementType() instanceof ObjectType) {
            return error(
                    EvalDiagnostics.UNSUPPORTED_ATTRIBUTE,
                    "Can't access attributes on a set of objects. Did you mean to "
                            + "access an attribute across all elements of the set?",
                    range);
        }
        if (type.isPrimitive()) {
            return error(
                    EvalDiagnostics.UNSUPPORTED_ATTRIBUTE,
                    "Can't access attributes on a primitive-typed value (" + type.friendlyName() + ").",
                    range);
        }
        return error(EvalDiagnostics.UNSUPPORTED_ATTRIBUTE, "This value does not have any attributes.", range);
    }

    /** {@code collection[key]} as HCL's {@code hcl.Index}. */
    static EvalResult index(Value collection, Value key, SourceRange range) {
        if (collection.isNull()) {
            return error(
                    EvalDiagnostics.ATTEMPT_TO_INDEX_NULL_VALUE,
                    "This value is null, so it does not have any indices.",
                    range);
        }
        if (key.isNull()) return error(INVALID_INDEX, "Can't use a null value as an indexing key.", range);
        Type type = collection.type();
        if (key.type() == Type.ANY || type == Type.ANY)
            return EvalResult.of(Value.DYNAMIC.withAddedMarks(collection.marks()));
        Marks marks = collection.marks();
        if (type instanceof ListType || type instanceof TupleType || type instanceof MapType) {
            boolean sequence = !(type instanceof MapType);
            ConversionResult converted = Conversion.convert(key, sequence ? Type.NUMBER : Type.STRING);
            if (!converted.isSuccess()) {
                return error(
                        INVALID_INDEX,
                        NOT_AN_ELEMENT + ": " + ((ConversionResult.Failure) converted).message() + ".",
                        range);
            }
            Value plainKey = converted.value().unmark();
            if (!plainKey.isKnown() || !collection.isKnown()) {
                Value unknown = type instanceof ListType list
                        ? Value.unknown(list.elementType())
                        : type instanceof MapType map ? Value.unknown(map.elementType()) : Value.DYNAMIC;
                return EvalResult.of(unknown.withAddedMarks(marks));
            }
            return sequence
                    ? sequenceElement(collection, (NumberValue) plainKey, range)
                    : mapElement((MapValue) collection, ((StringValue) plainKey).value(), range);
        }
        if (type instanceof ObjectType objectType) {
            boolean wasNumber = key.type() == Type.NUMBER;
            ConversionResult converted = Conversion.convert(key, Type.STRING);
            if (!converted.isSuccess()) {
                return error(
                        INVALID_INDEX,
                        NOT_AN_ELEMENT + ": " + ((ConversionResult.Failure) converted).message() + ".",
                        range);
            }
            Value plainKey = converted.value().unmark();
            if (!plainKey.isKnown()) return EvalResult.of(Value.DYNAMIC.withAddedMarks(marks));
            String name = ((StringValue) plainKey).value();
            Type attributeType = objectType.attributeType(name);
            if (attributeType == null) {
                return error(
                        INVALID_INDEX,
                        NOT_AN_ELEMENT + "."
                                + (wasNumber
                                        ? " An object only supports looking up attributes by name, not by numeric index."
                                        : ""),
                        range);
            }
            if (!collection.isKnown())
                return EvalResult.of(Value.unknown(attributeType).withAddedMarks(marks));
            return EvalResult.of(((ObjectValue) collection).attribute(name).withAddedMarks(marks));
        }
        if (type instanceof SetType) {
            return error(
                    INVALID_INDEX,
                    "Elements of a set are identified only by their value and don't have any "
                            + "separate index or key to select with, so it's only possible to perform operations across all "
                            + "elements of the set.",
                    range);
        }
        return error(INVALID_INDEX, "This value does not have any indices.", range);
    }

    private static EvalResult sequenceElement(Value collection, NumberValue key, SourceRange range) {
        List<Value> elements =
                collection instanceof ListValue list ? list.elements() : ((TupleValue) collection).elements();
        BigDecimal number = key.value();
        if (!key.isWhole()) {
            return error(
                    INVALID_INDEX,
                    NOT_AN_ELEMENT + ": indexing a sequence requires a whole number, but the "
                            + "given index has a fractional part.",
                    range);
        }
        if (number.signum() < 0) {
            return error(
                    INVALID_INDEX, NOT_AN_ELEMENT + ": a negative number is not a valid index for a sequence.", range);
        }
        if (number.compareTo(BigDecimal.valueOf(elements.size())) >= 0) {
            return error(
                    INVALID_INDEX,
                    NOT_AN_ELEMENT
                            + (elements.isEmpty()
                                    ? ": the collection has no elements."
                                    : ": the given index is greater than or equal to the length of the collection."),
                    range);
        }
        return EvalResult.of(elements.get(number.intValueExact()).withAddedMarks(collection.marks()));
    }

    private static EvalResult mapElement(MapValue map, String key, SourceRange range) {
        Value element = map.entries().get(StringValue.normalize(key));
        if (element == null) return error(INVALID_INDEX, NOT_AN_ELEMENT + ".", range);
        return EvalResult.of(element.withAddedMarks(map.marks()));
    }

    private static EvalResult error(DiagnosticKind kind, String detail, SourceRange range) {
        return new EvalResult(Value.DYNAMIC, List.of(kind.error(detail, range)));
    }
}
