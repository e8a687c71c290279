package dev.kiln.stdlib.convert;

import dev.kiln.stdlib.type.CollectionType;
import dev.kiln.stdlib.type.ListType;
import dev.kiln.stdlib.type.MapType;
import dev.kiln.stdlib.type.ObjectType;
import dev.kiln.stdlib.type.TupleType;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.ListValue;
import dev.kiln.stdlib.value.MapValue;
import dev.kiln.stdlib.value.Marks;
import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.SetValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.TupleValue;
import dev.kiln.stdlib.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Converts one value, recursively, once {@link ConversionRules} allow the types. */
final class ValueConversion {

    // What Go's big.ParseFloat accepts in base 10, minus infinities (which BigDecimal cannot hold).
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final Safety safety;

    ValueConversion(Safety safety) {
        this.safety = safety;
    }

    ConversionResult convert(Value in, Type out, Path path, Defaults defaults) {
        Marks marks = in.marks();
        ConversionResult result = convertUnmarked(in.unmark(), out, path, defaults);
        if (result.isSuccess() && !marks.isEmpty()) {
            return new ConversionResult.Success(result.value().withAddedMarks(marks));
        }
        return result;
    }

    private ConversionResult convertUnmarked(Value in, Type out, Path path, Defaults defaults) {
        if (out == Type.ANY) {
            return ok(in);
        }
        if (!ConversionRules.exists(in.type(), out, safety)) {
            return new ConversionResult.Failure(MismatchMessage.of(in.type(), out), path);
        }
        if (!in.isKnown()) {
            return ok(Value.unknown(DynamicReplacement.of(in.type(), out)));
        }
        if (in.isNull()) {
            return ok(Value.nullOf(DynamicReplacement.of(in.type(), out)));
        }
        if (in.type().equals(out) && defaults.equals(Defaults.NONE)) {
            return ok(in);
        }
        if (out.isPrimitive()) {
            return primitive(in, out, path);
        }
        if (out instanceof ObjectType) {
            return toObject(in, (ObjectType) out, path, defaults);
        }
        if (out instanceof TupleType) {
            return toTuple((TupleValue) in, (TupleType) out, path, defaults);
        }
        if (out instanceof MapType) {
            return toMap(in, (MapType) out, path, defaults);
        }
        return toSequence(in, (CollectionType) out, path, defaults);
    }

    private static ConversionResult ok(Value value) {
        return new ConversionResult.Success(value);
    }

    private static ConversionResult primitive(Value in, Type out, Path path) {
        if (out == Type.STRING) {
            if (in instanceof NumberValue) {
                return ok(Value.string(((NumberValue) in).text()));
            }
            return ok(Value.string(Boolean.toString(((BoolValue) in).value())));
        }
        String text = ((StringValue) in).value();
        if (out == Type.NUMBER) {
            if (!DECIMAL.matcher(text).matches()) {
                return new ConversionResult.Failure("a number is required", path);
            }
            return ok(Value.number(new BigDecimal(text)));
        }
        switch (text) {
            case "true":
            case "1":
                return ok(Value.TRUE);
            case "false":
            case "0":
                return ok(Value.FALSE);
            default:
                String lower = text.toLowerCase(Locale.ROOT);
                if (lower.equals("true") || lower.equals("false")) {
                    return new ConversionResult.Failure(
                            "a bool is required; to convert from string, use lowercase \"" + lower + "\"", path);
                }
                return new ConversionResult.Failure("a bool is required", path);
        }
    }

    private ConversionResult toObject(Value in, ObjectType out, Path path, Defaults defaults) {
        Map<String, Value> source =
                in instanceof ObjectValue ? ((ObjectValue) in).attributes() : ((MapValue) in).entries();
        Map<String, Value> result = new LinkedHashMap<>();
        for (Map.Entry<String, Type> attr : out.attributeTypes().entrySet()) {
            String name = attr.getKey();
            Path attrPath = in instanceof ObjectValue ? path.attribute(name) : path.key(name);
            Value value = source.get(name);
            if (value == null || value.isNull()) {
                if (value == null && !out.isOptional(name)) {
                    return new ConversionResult.Failure(
                            "map has no element for required attribute " + MismatchMessage.quote(name), path);
                }
                Value fallback = defaults.values().get(name);
                if (out.isOptional(name) && fallback != null) {
                    value = fallback.withAddedMarks(value == null ? Marks.NONE : value.marks());
                } else if (value == null) {
                    value = Value.nullOf(attr.getValue());
                }
            }
            ConversionResult converted = convert(value, attr.getValue(), attrPath, defaults.forAttribute(name));
            if (!converted.isSuccess()) {
                return converted;
            }
            result.put(name, converted.value());
        }
        return ok(Value.object(result));
    }

    private ConversionResult toTuple(TupleValue in, TupleType out, Path path, Defaults defaults) {
        List<Value> result = new ArrayList<>();
        for (int i = 0; i < in.length(); i++) {
            ConversionResult converted =
                    convert(in.elements().get(i), out.elementTypes().get(i), path.index(i), defaults.forElements());
            if (!converted.isSuccess()) {
                return converted;
            }
            result.add(converted.value());
        }
        return ok(Value.tuple(result));
    }

    private ConversionResult toMap(Value in, MapType out, Path path, Defaults defaults) {
        Map<String, Value> source =
                in instanceof ObjectValue ? ((ObjectValue) in).attributes() : ((MapValue) in).entries();
        Type element = out.elementType();
        if (in instanceof ObjectValue) {
            element = ConversionRules.collectionElementType(
                            ((ObjectValue) in).type().attributeTypes().values(), element, safety)
                    .orElseThrow();
        }
        Map<String, Value> result = new TreeMap<>();
        for (Map.Entry<String, Value> entry : source.entrySet()) {
            ConversionResult converted =
                    convert(entry.getValue(), element, path.key(entry.getKey()), defaults.forElements());
            if (!converted.isSuccess()) {
                return converted;
            }
            result.put(entry.getKey(), converted.value());
        }
        if (result.isEmpty()) {
            Type empty = element == Type.ANY && in instanceof MapValue ? ((MapValue) in).elementType() : element;
            return ok(Value.emptyMap(empty));
        }
        return homogeneous(new ArrayList<>(result.values()), path, "map")
                .map(values -> {
                    Map<String, Value> unified = new TreeMap<>();
                    int i = 0;
                    for (String key : result.keySet()) {
                        unified.put(key, values.get(i++));
                    }
                    return (ConversionResult) ok(Value.map(unified));
                })
                .orElseGet(() -> new ConversionResult.Failure(
                        in instanceof ObjectValue
                                ? "attribute types must all match for conversion to map"
                                : "element types must all match for conversion to map",
                        path));
    }

    private ConversionResult toSequence(Value in, CollectionType out, Path path, Defaults defaults) {
        List<Value> source;
        Type element = out.elementType();
        if (in instanceof TupleValue) {
            source = ((TupleValue) in).elements();
            element = ConversionRules.collectionElementType(
                            ((TupleValue) in).type().elementTypes(), element, safety)
                    .orElseThrow();
        } else if (in instanceof ListValue) {
            source = ((ListValue) in).elements();
        } else {
            source = ((SetValue) in).elements();
        }
        String kind = out.kind();
        if (out instanceof ListType && in instanceof SetValue && ((SetValue) in).hasUnknownElements()) {
            // An unknown set element may equal another one, so the list's length is not known yet.
            return ok(Value.unknown(Type.list(((SetValue) in).elementType())));
        }
        List<Value> result = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            ConversionResult converted = convert(source.get(i), element, path.index(i), defaults.forElements());
            if (!converted.isSuccess()) {
                return converted;
            }
            result.add(converted.value());
        }
        if (result.isEmpty()) {
            Type empty = element;
            if (element == Type.ANY && in instanceof ListValue) {
                empty = ((ListValue) in).elementType();
            } else if (element == Type.ANY && in instanceof SetValue) {
                empty = ((SetValue) in).elementType();
            }
            return ok(out instanceof ListType ? Value.emptyList(empty) : Value.emptySet(empty));
        }
        return homogeneous(result, path, kind)
                .map(values -> (ConversionResult) ok(out instanceof ListType ? Value.list(values) : Value.set(values)))
                .orElseGet(() ->
                        new ConversionResult.Failure("element types must all match for conversion to " + kind, path));
    }

    /**
     * Elements converted to a type containing {@code any} may still differ in type (two objects
     * with different attributes); unify them once more as cty does, or give up.
     */
    private Optional<List<Value>> homogeneous(List<Value> values, Path path, String kind) {
        List<Type> types = values.stream().map(Value::type).distinct().collect(Collectors.toList());
        if (types.size() == 1) {
            return Optional.of(values);
        }
        Optional<Type> unified = Unification.unify(types, safety);
        if (unified.isEmpty()) {
            return Optional.empty();
        }
        List<Value> result = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            ConversionResult converted = convert(values.get(i), unified.get(), path.index(i), Defaults.NONE);
            if (!converted.isSuccess()) {
                return Optional.empty();
            }
            result.add(converted.value());
        }
        // A unified type that still contains "any" may leave the elements' types different.
        boolean same = result.stream().map(Value::type).distinct().count() == 1;
        return same ? Optional.of(result) : Optional.empty();
    }
}
