package dev.kiln.stdlib.functions;

import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.convert.Unification;
import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionException;
import dev.kiln.stdlib.function.Parameter;
import dev.kiln.stdlib.type.CollectionType;
import dev.kiln.stdlib.type.ListType;
import dev.kiln.stdlib.type.MapType;
import dev.kiln.stdlib.type.ObjectType;
import dev.kiln.stdlib.type.TupleType;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.ListValue;
import dev.kiln.stdlib.value.MapValue;
import dev.kiln.stdlib.value.Marks;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.SetValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.TupleValue;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Functions on lists, sets, maps, tuples and objects. */
public final class CollectionFunctions {

    private CollectionFunctions() {}

    /** {@code length(value)}: Packer's own version, which also counts unknown tuples and objects. */
    public static final Function LENGTH = Function.builder("length")
            .parameter(Parameter.of("value", Type.ANY).allowingDynamicType().allowingUnknown())
            .returns(Type.NUMBER, CollectionFunctions::lengthType)
            .summary("Returns the number of elements in a collection or characters in a string.")
            .description("For a string, counts user-perceived characters (Unicode grapheme clusters). The"
                    + " length of a tuple or object is known from its type even when its value is"
                    + " not.")
            .implementation((args, returnType) -> length(args.get(0)))
            .build();

    /** {@code concat(seqs...)}: cty's {@code ConcatFunc}. */
    public static final Function CONCAT = Function.builder("concat")
            .variadic(Parameter.of("seqs", Type.ANY).allowingMarked())
            .returns(Type.ANY, CollectionFunctions::concatType)
            .summary("Combines two or more lists into a single list.")
            .description("If every argument is a list and their element types unify, the result is a list of"
                    + " that type; otherwise it is a tuple of all the elements in order.")
            .implementation(CollectionFunctions::concat)
            .build();

    /** {@code merge(maps...)}: cty's {@code MergeFunc}. */
    public static final Function MERGE = Function.builder("merge")
            .variadic(Parameter.of("maps", Type.ANY)
                    .allowingDynamicType()
                    .allowingNull()
                    .allowingMarked())
            .returns(Type.ANY, CollectionFunctions::mergeType)
            .summary("Merges maps or objects into one; later arguments win for repeated keys.")
            .description("When every argument has the same map type the result is that map type; otherwise"
                    + " it is an object with the union of all attributes. Null arguments are"
                    + " skipped.")
            .implementation(CollectionFunctions::merge)
            .build();

    /** All functions of this family. */
    public static List<Function> all() {
        return List.of(CONCAT, LENGTH, MERGE);
    }

    private static Type lengthType(List<Value> args) throws FunctionException {
        Type type = args.get(0).type();
        if (type == Type.STRING
                || type instanceof CollectionType
                || type instanceof TupleType
                || type instanceof ObjectType
                || type == Type.ANY) {
            return Type.NUMBER;
        }
        throw FunctionException.of("argument must be a string, a collection type, or a structural type");
    }

    private static Value length(Value value) {
        Type type = value.type();
        if (type instanceof TupleType) {
            return Value.number(((TupleType) type).length());
        }
        if (type instanceof ObjectType) {
            return Value.number(((ObjectType) type).attributeTypes().size());
        }
        if (!value.isKnown()) {
            return Value.unknown(Type.NUMBER);
        }
        if (value instanceof StringValue) {
            return Value.number(((StringValue) value).length());
        }
        if (value instanceof ListValue) {
            return Value.number(((ListValue) value).length());
        }
        if (value instanceof MapValue) {
            return Value.number(((MapValue) value).length());
        }
        SetValue set = (SetValue) value;
        return set.hasUnknownElements() ? Value.unknown(Type.NUMBER) : Value.number(set.length());
    }

    private static Type concatType(List<Value> args) throws FunctionException {
        if (args.isEmpty()) {
            throw FunctionException.of("at least one argument is required");
        }
        if (args.stream().allMatch(a -> a.type() instanceof ListType)) {
            List<Type> types = new ArrayList<>();
            args.forEach(a -> types.add(a.type()));
            Optional<Type> common = Unification.unifyUnsafe(types);
            if (common.isPresent()) {
                return common.get();
            }
        }
        List<Type> elements = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Value arg = args.get(i);
            Type type = arg.type();
            if (type instanceof TupleType) {
                elements.addAll(((TupleType) type).elementTypes());
            } else if (type instanceof ListType) {
                if (!arg.isKnown()) {
                    // A tuple type needs the list's length, which is not known yet.
                    return Type.ANY;
                }
                elements.addAll(
                        Collections.nCopies(((ListValue) arg.unmark()).length(), ((ListType) type).elementType()));
            } else {
                throw FunctionException.argument(
                        i, "all arguments must be lists or tuples; got " + type.friendlyName());
            }
        }
        return Type.tuple(elements);
    }

    private static Value concat(List<Value> args, Type returnType) throws FunctionException {
        Marks marks = Marks.NONE;
        List<Value> elements = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Value seq = args.get(i);
            if (returnType instanceof ListType) {
                ConversionResult converted = Conversion.convert(seq, returnType);
                if (!converted.isSuccess()) {
                    // Possible because the return type came from unsafe unification.
                    throw FunctionException.argument(i, ((ConversionResult.Failure) converted).message());
                }
                seq = converted.value();
            }
            marks = marks.union(seq.marks());
            Value plain = seq.unmark();
            elements.addAll(
                    plain instanceof ListValue ? ((ListValue) plain).elements() : ((TupleValue) plain).elements());
        }
        Value result = returnType instanceof ListType
                ? Value.list(((ListType) returnType).elementType(), elements)
                : Value.tuple(elements);
        return result.withAddedMarks(marks);
    }

    private static Type mergeType(List<Value> args) throws FunctionException {
        if (args.isEmpty()) {
            return ObjectType.EMPTY;
        }
        Map<String, Type> attributes = new LinkedHashMap<>();
        Type first = null;
        boolean matching = true;
        boolean attributesKnown = true;
        boolean dynamic = false;
        for (int i = 0; i < args.size(); i++) {
            Value arg = args.get(i).unmark();
            Type type = arg.type();
            if (type == Type.ANY) {
                // Keep checking the other arguments: a string next to an unknown is still an error.
                dynamic = true;
                continue;
            }
            if (type instanceof ObjectType) {
                if (arg.isNull()) {
                    // A null object adds no attributes, so the result cannot simply have its type.
                    matching = false;
                } else {
                    attributes.putAll(((ObjectType) type).attributeTypes());
                }
            } else if (type instanceof MapType) {
                if (arg instanceof MapValue) {
                    Type element = ((MapType) type).elementType();
                    ((MapValue) arg).entries().keySet().forEach(key -> attributes.put(key, element));
                } else if (!arg.isKnown()) {
                    attributesKnown = false;
                }
            } else {
                throw FunctionException.argument(
                        i, "arguments must be maps or objects, got \"" + type.friendlyName() + "\"");
            }
            if (i == 0) {
                first = type;
            } else if (!type.equals(first)) {
                matching = false;
            }
        }
        if (dynamic) {
            return Type.ANY;
        }
        if (matching) {
            return first;
        }
        return attributesKnown ? Type.object(attributes) : Type.ANY;
    }

    private static Value merge(List<Value> args, Type returnType) {
        Marks marks = Marks.NONE;
        Map<String, Value> merged = new TreeMap<>();
        for (Value arg : args) {
            // Collect marks before skipping nulls, so a sensitive null still marks the result.
            marks = marks.union(arg.marks());
            Value plain = arg.unmark();
            if (plain.isNull()) {
                continue;
            }
            merged.putAll(
                    plain instanceof MapValue ? ((MapValue) plain).entries() : ((ObjectValue) plain).attributes());
        }
        Value result = returnType instanceof MapType
                ? Value.map(((MapType) returnType).elementType(), merged)
                : Value.object(merged);
        return result.withAddedMarks(marks);
    }
}
