package dev.kiln.stdlib.functions;

import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionException;
import dev.kiln.stdlib.function.Parameter;
import dev.kiln.stdlib.type.ListType;
import dev.kiln.stdlib.type.MapType;
import dev.kiln.stdlib.type.ObjectType;
import dev.kiln.stdlib.type.TupleType;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.ListValue;
import dev.kiln.stdlib.value.MapValue;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Functions on maps and objects: keys, values, lookup and zipmap. */
public final class MapFunctions {

    private MapFunctions() {}

    /** {@code keys(inputMap)}: cty's {@code KeysFunc}. */
    public static final Function KEYS = Function.builder("keys")
            .parameter(Parameter.of("inputMap", Type.ANY).allowingUnknown())
            .returns(Type.ANY, MapFunctions::keysType)
            .summary("Returns the keys of a map or object, sorted lexically.")
            .description("For a map the result is a list of strings; for an object a tuple, known from the"
                    + " object's type even before its value is.")
            .implementation(MapFunctions::keys)
            .build();

    /** {@code values(values)}: cty's {@code ValuesFunc}. */
    public static final Function VALUES = Function.builder("values")
            .parameter(Parameter.of("values", Type.ANY))
            .returns(Type.ANY, MapFunctions::valuesType)
            .summary("Returns the values of a map or object, ordered by their keys.")
            .description("For a map the result is a list; for an object a tuple.")
            .implementation(MapFunctions::values)
            .build();

    /** {@code lookup(inputMap, key, default)}: cty's {@code LookupFunc}. */
    public static final Function LOOKUP = Function.builder("lookup")
            .parameter(Parameter.of("inputMap", Type.ANY))
            .parameter(Parameter.of("key", Type.STRING))
            .parameter(Parameter.of("default", Type.ANY))
            .returns(Type.ANY, MapFunctions::lookupType)
            .summary("Returns the value of a key in a map or object, or a default if it is absent.")
            .description("The default is required and must convert to the map's element type. For an"
                    + " object, the result has the type of the attribute or of the default.")
            .implementation(MapFunctions::lookup)
            .build();

    /** {@code zipmap(keys, values)}: cty's {@code ZipmapFunc}. */
    public static final Function ZIPMAP = Function.builder("zipmap")
            .parameter(Parameter.of("keys", Type.list(Type.STRING)))
            .parameter(Parameter.of("values", Type.ANY))
            .returns(Type.ANY, MapFunctions::zipmapType)
            .summary("Builds a map from a list of keys and a list of values.")
            .description("With a list of values the result is a map; with a tuple, an object. Both"
                    + " arguments must have the same length; a repeated key keeps the last value.")
            .implementation(MapFunctions::zipmap)
            .build();

    public static List<Function> all() {
        return List.of(KEYS, LOOKUP, VALUES, ZIPMAP);
    }

    // ---- keys, values, lookup ----

    private static Type keysType(List<Value> args) throws FunctionException {
        Type type = args.get(0).type();
        if (type instanceof MapType) {
            return Type.list(Type.STRING);
        }
        if (type instanceof ObjectType) {
            return Type.tuple(
                    Collections.nCopies(((ObjectType) type).attributeTypes().size(), Type.STRING));
        }
        throw FunctionException.argument(0, "must have map or object type");
    }

    private static Value keys(List<Value> args, Type returnType) {
        Value map = args.get(0);
        if (map.type() instanceof ObjectType) {
            // Known from the type alone, even when the object value is not.
            List<Value> names = new ArrayList<>();
            ((ObjectType) map.type()).attributeTypes().keySet().forEach(n -> names.add(Value.string(n)));
            return Value.tuple(names);
        }
        if (!map.isKnown()) {
            return Value.unknown(returnType);
        }
        List<Value> names = new ArrayList<>();
        ((MapValue) map).entries().keySet().forEach(n -> names.add(Value.string(n)));
        return Value.list(Type.STRING, names);
    }

    private static Type valuesType(List<Value> args) throws FunctionException {
        Type type = args.get(0).type();
        if (type instanceof MapType) {
            return Type.list(((MapType) type).elementType());
        }
        if (type instanceof ObjectType) {
            return Type.tuple(
                    new ArrayList<>(((ObjectType) type).attributeTypes().values()));
        }
        throw FunctionException.of("values() requires a map as the first argument");
    }

    private static Value values(List<Value> args, Type returnType) {
        Value map = args.get(0);
        if (map instanceof ObjectValue) {
            return Value.tuple(new ArrayList<>(((ObjectValue) map).attributes().values()));
        }
        return Value.list(
                ((ListType) returnType).elementType(),
                new ArrayList<>(((MapValue) map).entries().values()));
    }

    private static Type lookupType(List<Value> args) throws FunctionException {
        Type type = args.get(0).type();
        if (type instanceof ObjectType) {
            if (!args.get(1).isKnown()) {
                return Type.ANY;
            }
            String key = ((StringValue) args.get(1)).value();
            Type attribute = ((ObjectType) type).attributeType(key);
            return attribute != null ? attribute : args.get(2).type();
        }
        if (type instanceof MapType) {
            Type element = ((MapType) type).elementType();
            if (!Conversion.convert(args.get(2), element).isSuccess()) {
                throw FunctionException.argument(2, "the default value must have the same type as the map elements");
            }
            return element;
        }
        throw FunctionException.argument(0, "lookup() requires a map as the first argument");
    }

    private static Value lookup(List<Value> args, Type returnType) throws FunctionException {
        Value map = args.get(0);
        String key = ((StringValue) args.get(1)).value();
        if (!map.isWhollyKnown()) {
            return Value.unknown(returnType);
        }
        if (map instanceof ObjectValue) {
            Value attribute = ((ObjectValue) map).attribute(key);
            if (attribute != null) {
                return attribute;
            }
        } else {
            Value entry = ((MapValue) map).entries().get(StringValue.normalize(key));
            if (entry != null) {
                return entry;
            }
        }
        return SequenceFunctions.convert(args.get(2), returnType, 2);
    }

    private static Type zipmapType(List<Value> args) throws FunctionException {
        Value keys = args.get(0);
        Type valuesType = args.get(1).type();
        if (valuesType instanceof ListType) {
            return Type.map(((ListType) valuesType).elementType());
        }
        if (valuesType instanceof TupleType) {
            if (!keys.isWhollyKnown()) {
                return Type.ANY;
            }
            List<Value> names = ((ListValue) keys).elements();
            List<Type> types = ((TupleType) valuesType).elementTypes();
            if (names.size() != types.size()) {
                throw FunctionException.of(String.format(
                        "number of keys (%d) does not match number of values (%d)", names.size(), types.size()));
            }
            Map<String, Type> attributes = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).isNull()) {
                    throw FunctionException.of("keys list has null value at index " + i);
                }
                attributes.put(((StringValue) names.get(i)).value(), types.get(i));
            }
            return Type.object(attributes);
        }
        throw FunctionException.of("values argument must be a list or tuple value");
    }

    private static Value zipmap(List<Value> args, Type returnType) throws FunctionException {
        ListValue keys = (ListValue) args.get(0);
        if (!keys.isWhollyKnown()) {
            return Value.unknown(returnType);
        }
        List<Value> values = SequenceFunctions.elements(args.get(1));
        if (keys.length() != values.size()) {
            throw FunctionException.of(String.format(
                    "number of keys (%d) does not match number of values (%d)", keys.length(), values.size()));
        }
        Map<String, Value> entries = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            Value key = keys.elements().get(i);
            if (key.isNull()) {
                throw FunctionException.of("keys list has null value at index " + i);
            }
            entries.put(((StringValue) key).value(), values.get(i));
        }
        return returnType instanceof MapType
                ? Value.map(((MapType) returnType).elementType(), entries)
                : Value.object(entries);
    }
}
