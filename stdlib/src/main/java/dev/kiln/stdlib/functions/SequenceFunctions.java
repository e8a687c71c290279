package dev.kiln.stdlib.functions;

import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.convert.Unification;
import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionException;
import dev.kiln.stdlib.function.Parameter;
import dev.kiln.stdlib.text.CodePointOrder;
import dev.kiln.stdlib.type.CollectionType;
import dev.kiln.stdlib.type.ListType;
import dev.kiln.stdlib.type.MapType;
import dev.kiln.stdlib.type.ObjectType;
import dev.kiln.stdlib.type.SetType;
import dev.kiln.stdlib.type.TupleType;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.ListValue;
import dev.kiln.stdlib.value.MapValue;
import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.SetValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.TupleValue;
import dev.kiln.stdlib.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Functions on lists, tuples and sets: membership, ordering, slicing and reductions. */
public final class SequenceFunctions {

    private SequenceFunctions() {}

    /** {@code alltrue(list)}: Packer's own {@code AllTrue}. */
    public static final Function ALLTRUE = Function.builder("alltrue")
            .parameter(Parameter.of("list", Type.list(Type.BOOL)))
            .returns(Type.BOOL)
            .summary("Returns true if every element of a list is true; true for an empty list.")
            .description("A null element counts as false. The result is unknown if an unknown element is"
                    + " reached before any false one.")
            .implementation((args, returnType) -> allTrue((ListValue) args.get(0)))
            .build();

    /** {@code anytrue(list)}: Packer's own {@code AnyTrue}. */
    public static final Function ANYTRUE = Function.builder("anytrue")
            .parameter(Parameter.of("list", Type.list(Type.BOOL)))
            .returns(Type.BOOL)
            .summary("Returns true if any element of a list is true; false for an empty list.")
            .description(
                    "Null elements are ignored. The result is unknown if no element is true but some" + " are unknown.")
            .implementation((args, returnType) -> anyTrue((ListValue) args.get(0)))
            .build();

    /** {@code chunklist(list, size)}: cty's {@code ChunklistFunc}. */
    public static final Function CHUNKLIST = Function.builder("chunklist")
            .parameter(Parameter.of("list", Type.list(Type.ANY)))
            .parameter(Parameter.of("size", Type.NUMBER))
            .returns(
                    Type.list(Type.list(Type.ANY)),
                    args -> Type.list(args.get(0).type()))
            .summary("Splits a list into fixed-size chunks, returning a list of lists.")
            .description("The last chunk may be shorter. A size of 0 gives a single chunk holding the whole"
                    + " list; a negative size is an error.")
            .implementation(SequenceFunctions::chunklist)
            .build();

    /** {@code coalesce(vals...)}: cty's {@code CoalesceFunc}. */
    public static final Function COALESCE = Function.builder("coalesce")
            .variadic(Parameter.of("vals", Type.ANY)
                    .allowingNull()
                    .allowingUnknown()
                    .allowingDynamicType())
            .returns(Type.ANY, SequenceFunctions::coalesceType)
            .summary("Returns the first argument that is not null and not an empty string.")
            .description("All arguments are converted to one common type first, so coalesce(1, \"a\") is"
                    + " the string \"1\". An unknown argument before the first usable one makes"
                    + " the result unknown.")
            .implementation(SequenceFunctions::coalesce)
            .build();

    /** {@code coalescelist(vals...)}: cty's {@code CoalesceListFunc}. */
    public static final Function COALESCELIST = Function.builder("coalescelist")
            .variadic(Parameter.of("vals", Type.ANY)
                    .allowingNull()
                    .allowingUnknown()
                    .allowingDynamicType())
            .returns(Type.ANY, SequenceFunctions::coalesceListType)
            .summary("Returns the first of its list or tuple arguments that is not empty.")
            .description("Arguments must be lists or tuples. When they do not all have the same type the"
                    + " result type is only known once the values are.")
            .implementation(SequenceFunctions::coalesceList)
            .build();

    /** {@code compact(list)}: cty's {@code CompactFunc}. */
    public static final Function COMPACT = Function.builder("compact")
            .parameter(Parameter.of("list", Type.list(Type.STRING)))
            .returns(Type.list(Type.STRING))
            .summary("Removes empty string and null elements from a list of strings.")
            .description("The order of the remaining elements is kept.")
            .implementation(SequenceFunctions::compact)
            .build();

    /** {@code contains(list, value)}: cty's {@code ContainsFunc}. */
    public static final Function CONTAINS = Function.builder("contains")
            .parameter(Parameter.of("list", Type.ANY))
            .parameter(Parameter.of("value", Type.ANY))
            .returns(Type.BOOL)
            .summary("Tells whether a list, tuple or set contains the given value.")
            .description("Elements are compared with ==, so types must match: contains([1], \"1\") is" + " false.")
            .implementation(SequenceFunctions::contains)
            .build();

    /** {@code distinct(list)}: cty's {@code DistinctFunc}. */
    public static final Function DISTINCT = Function.builder("distinct")
            .parameter(Parameter.of("list", Type.list(Type.ANY)))
            .returns(Type.list(Type.ANY), args -> args.get(0).type())
            .summary("Removes duplicate elements from a list, keeping the first occurrence of each.")
            .description("The argument is converted to a list first, so its elements must share a type.")
            .implementation(SequenceFunctions::distinct)
            .build();

    /** {@code element(list, index)}: cty's {@code ElementFunc}. */
    public static final Function ELEMENT = Function.builder("element")
            .parameter(Parameter.of("list", Type.ANY))
            .parameter(Parameter.of("index", Type.NUMBER))
            .returns(Type.ANY, SequenceFunctions::elementType)
            .summary("Returns the element at an index of a list or tuple, wrapping around.")
            .description("The index is taken modulo the length, so element([\"a\", \"b\"], 3) is \"b\";"
                    + " a negative index counts from the end (current cty). An empty list is an"
                    + " error.")
            .implementation(SequenceFunctions::element)
            .build();

    /** {@code flatten(list)}: cty's {@code FlattenFunc}. */
    public static final Function FLATTEN = Function.builder("flatten")
            .parameter(Parameter.of("list", Type.ANY))
            .returns(Type.ANY, SequenceFunctions::flattenType)
            .summary("Replaces nested lists, tuples and sets with their elements, recursively.")
            .description("The result is a tuple of all the non-sequence elements in order. It is unknown"
                    + " while a nested sequence is unknown.")
            .implementation(SequenceFunctions::flatten)
            .build();

    /** {@code index(list, value)}: Packer's own {@code IndexFunc}. */
    public static final Function INDEX = Function.builder("index")
            .parameter(Parameter.of("list", Type.ANY))
            .parameter(Parameter.of("value", Type.ANY))
            .returns(Type.NUMBER)
            .summary("Finds the index of the first element of a list or tuple equal to a value.")
            .description("Elements are compared with ==. It is an error if the list is empty or the value"
                    + " is not found.")
            .implementation(SequenceFunctions::index)
            .build();

    /** {@code range(params...)}: cty's {@code RangeFunc}. */
    public static final Function RANGE = Function.builder("range")
            .variadic(Parameter.of("params", Type.NUMBER))
            .returns(Type.list(Type.NUMBER))
            .summary("Generates a list of numbers from a start, a limit and a step.")
            .description("range(limit), range(start, limit) or range(start, limit, step); the limit is"
                    + " excluded and the step defaults to 1 or -1. At most 1024 numbers are"
                    + " generated.")
            .implementation(SequenceFunctions::range)
            .build();

    /** {@code reverse(list)}: cty's {@code ReverseListFunc}. */
    public static final Function REVERSE = Function.builder("reverse")
            .parameter(Parameter.of("list", Type.ANY))
            .returns(Type.ANY, SequenceFunctions::reverseType)
            .summary("Reverses the order of the elements of a list or tuple.")
            .description("A set is accepted and gives a list, as if converted first.")
            .implementation(SequenceFunctions::reverse)
            .build();

    /** {@code slice(list, start_index, end_index)}: cty's {@code SliceFunc}. */
    public static final Function SLICE = Function.builder("slice")
            .parameter(Parameter.of("list", Type.ANY))
            .parameter(Parameter.of("start_index", Type.NUMBER))
            .parameter(Parameter.of("end_index", Type.NUMBER))
            .returns(Type.ANY, SequenceFunctions::sliceType)
            .summary("Extracts consecutive elements of a list or tuple, from a start to an end index.")
            .description("The start index is included and the end index excluded; both must lie within the"
                    + " list and start must not be after end. Sets cannot be sliced.")
            .implementation(SequenceFunctions::slice)
            .build();

    /** {@code sort(list)}: cty's {@code SortFunc}. */
    public static final Function SORT = Function.builder("sort")
            .parameter(Parameter.of("list", Type.list(Type.STRING)))
            .returns(Type.list(Type.STRING))
            .summary("Sorts a list of strings lexically.")
            .description("Strings are compared by code point, so \"B\" sorts before \"a\" and \"10\" before"
                    + " \"9\"; numbers are converted to strings first.")
            .implementation(SequenceFunctions::sort)
            .build();

    /** {@code sum(list)}: Packer's own {@code SumFunc}. */
    public static final Function SUM = Function.builder("sum")
            .parameter(Parameter.of("list", Type.ANY))
            .returns(Type.NUMBER)
            .summary("Adds up the numbers in a list, set or tuple.")
            .description("Elements are converted to numbers; an empty list is an error.")
            .implementation(SequenceFunctions::sum)
            .build();

    /** All functions of this family. */
    public static List<Function> all() {
        return List.of(
                ALLTRUE,
                ANYTRUE,
                CHUNKLIST,
                COALESCE,
                COALESCELIST,
                COMPACT,
                CONTAINS,
                DISTINCT,
                ELEMENT,
                FLATTEN,
                INDEX,
                RANGE,
                REVERSE,
                SLICE,
                SORT,
                SUM);
    }

    // ---- helpers ----

    /** The elements of a known list, set or tuple. */
    static List<Value> elements(Value sequence) {
        if (sequence instanceof ListValue) {
            return ((ListValue) sequence).elements();
        }
        if (sequence instanceof SetValue) {
            return ((SetValue) sequence).elements();
        }
        return ((TupleValue) sequence).elements();
    }

    static boolean isSequence(Type type) {
        return type instanceof ListType || type instanceof SetType || type instanceof TupleType;
    }

    static Value convert(Value value, Type type, int argument) throws FunctionException {
        ConversionResult converted = Conversion.convert(value, type);
        if (!converted.isSuccess()) {
            throw FunctionException.argument(argument, converted.toString());
        }
        return converted.value();
    }

    static boolean isTrue(Value equal) {
        return equal instanceof BoolValue && ((BoolValue) equal).value();
    }

    // ---- alltrue, anytrue ----

    private static Value allTrue(ListValue list) {
        for (Value element : list.elements()) {
            if (!element.isKnown()) {
                return Value.unknown(Type.BOOL);
            }
            if (element.isNull() || !((BoolValue) element).value()) {
                return Value.FALSE;
            }
        }
        return Value.TRUE;
    }

    private static Value anyTrue(ListValue list) {
        boolean unknown = false;
        for (Value element : list.elements()) {
            if (!element.isKnown()) {
                unknown = true;
            } else if (!element.isNull() && ((BoolValue) element).value()) {
                return Value.TRUE;
            }
        }
        return unknown ? Value.unknown(Type.BOOL) : Value.FALSE;
    }

    // ---- chunklist, compact, distinct, sort ----

    private static Value chunklist(List<Value> args, Type returnType) throws FunctionException {
        ListValue list = (ListValue) args.get(0);
        if (list.length() == 0) {
            return Value.list(list.type(), List.of());
        }
        long size = WholeNumbers.toLong(args.get(1))
                .orElseThrow(() -> FunctionException.of("invalid index: " + WholeNumbers.NOT_WHOLE));
        if (size < 0) {
            throw FunctionException.of("the size argument must be positive");
        }
        if (size == 0) {
            return Value.list(list.type(), List.of(list));
        }
        List<Value> chunks = new ArrayList<>();
        List<Value> elements = list.elements();
        for (int from = 0; from < elements.size(); from += (int) Math.min(size, elements.size())) {
            int to = (int) Math.min(elements.size(), from + size);
            chunks.add(Value.list(list.elementType(), elements.subList(from, to)));
        }
        return Value.list(list.type(), chunks);
    }

    private static Value compact(List<Value> args, Type returnType) {
        ListValue list = (ListValue) args.get(0);
        if (!list.isWhollyKnown()) {
            return Value.unknown(returnType);
        }
        List<Value> kept = new ArrayList<>();
        for (Value element : list.elements()) {
            if (!element.isNull() && !((StringValue) element).value().isEmpty()) {
                kept.add(element);
            }
        }
        return Value.list(Type.STRING, kept);
    }

    private static Value distinct(List<Value> args, Type returnType) {
        ListValue list = (ListValue) args.get(0);
        if (!list.isWhollyKnown()) {
            return Value.unknown(returnType);
        }
        List<Value> kept = new ArrayList<>();
        for (Value element : list.elements()) {
            if (kept.stream().noneMatch(k -> isTrue(k.equal(element)))) {
                kept.add(element);
            }
        }
        return Value.list(list.elementType(), kept);
    }

    private static Value sort(List<Value> args, Type returnType) throws FunctionException {
        ListValue list = (ListValue) args.get(0);
        if (!list.isWhollyKnown()) {
            // The order depends on values not known yet.
            return Value.unknown(returnType);
        }
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < list.length(); i++) {
            Value element = list.elements().get(i);
            if (element.isNull()) {
                throw FunctionException.of("given list element " + i + " is null; a null string cannot be sorted");
            }
            strings.add(((StringValue) element).value());
        }
        strings.sort(CodePointOrder.INSTANCE);
        List<Value> sorted = new ArrayList<>();
        strings.forEach(s -> sorted.add(Value.string(s)));
        return Value.list(Type.STRING, sorted);
    }

    // ---- coalesce, coalescelist ----

    private static Type coalesceType(List<Value> args) throws FunctionException {
        List<Type> types = new ArrayList<>();
        args.forEach(a -> types.add(a.type()));
        return Unification.unifyUnsafe(types)
                .orElseThrow(() -> FunctionException.of("all arguments must have the same type"));
    }

    private static Value coalesce(List<Value> args, Type returnType) throws FunctionException {
        for (int i = 0; i < args.size(); i++) {
            Value value = convert(args.get(i), returnType, i);
            if (!value.isKnown()) {
                return Value.unknown(returnType);
            }
            if (value.isNull()) {
                continue;
            }
            if (value instanceof StringValue && ((StringValue) value).value().isEmpty()) {
                continue;
            }
            return value;
        }
        throw FunctionException.of("no non-null, non-empty-string arguments");
    }

    private static Type coalesceListType(List<Value> args) throws FunctionException {
        if (args.isEmpty()) {
            throw FunctionException.of("at least one argument is required");
        }
        for (Value arg : args) {
            if (!arg.isKnown()) {
                return Type.ANY;
            }
            if (!(arg.type() instanceof ListType || arg.type() instanceof TupleType)) {
                throw FunctionException.of("coalescelist arguments must be lists or tuples");
            }
        }
        Type first = args.get(0).type();
        return args.stream().allMatch(a -> a.type().equals(first)) ? first : Type.ANY;
    }

    private static Value coalesceList(List<Value> args, Type returnType) throws FunctionException {
        for (Value arg : args) {
            if (!arg.isKnown()) {
                return Value.unknown(returnType);
            }
            // cty would crash on a null list; skipping it as empty is the useful reading.
            if (!arg.isNull() && !elements(arg).isEmpty()) {
                return arg;
            }
        }
        throw FunctionException.of("no non-null arguments");
    }

    // ---- contains, index ----

    private static Value contains(List<Value> args, Type returnType) throws FunctionException {
        Value list = args.get(0);
        if (!isSequence(list.type())) {
            throw FunctionException.of("argument must be list, tuple, or set");
        }
        List<Value> elements = elements(list);
        if (elements.isEmpty()) {
            return Value.FALSE;
        }
        boolean unknown = false;
        for (Value element : elements) {
            Value equal = args.get(1).equal(element);
            if (!equal.isKnown()) {
                unknown = true;
            } else if (isTrue(equal)) {
                return Value.TRUE;
            }
        }
        return unknown ? Value.unknown(Type.BOOL) : Value.FALSE;
    }

    private static Value index(List<Value> args, Type returnType) throws FunctionException {
        Value list = args.get(0);
        if (!(list.type() instanceof ListType || list.type() instanceof TupleType)) {
            throw FunctionException.of("argument must be a list or tuple");
        }
        List<Value> elements = elements(list);
        if (elements.isEmpty()) {
            throw FunctionException.of("cannot search an empty list");
        }
        for (int i = 0; i < elements.size(); i++) {
            Value equal = elements.get(i).equal(args.get(1));
            if (!equal.isKnown()) {
                return Value.unknown(Type.NUMBER);
            }
            if (isTrue(equal)) {
                return Value.number(i);
            }
        }
        throw FunctionException.of("item not found");
    }

    // ---- element ----

    private static Type elementType(List<Value> args) throws FunctionException {
        Type type = args.get(0).type();
        if (type instanceof ListType) {
            checkIndex(args.get(1));
            return ((ListType) type).elementType();
        }
        if (type instanceof TupleType) {
            if (!args.get(1).isKnown()) {
                return Type.ANY;
            }
            List<Type> types = ((TupleType) type).elementTypes();
            long index = checkIndex(args.get(1));
            if (types.isEmpty()) {
                throw FunctionException.of("cannot use element function with an empty list");
            }
            return types.get(wrap(index, types.size()));
        }
        throw FunctionException.of("cannot read elements from " + type.friendlyName());
    }

    private static long checkIndex(Value index) throws FunctionException {
        if (!index.isKnown()) {
            return 0;
        }
        return WholeNumbers.toLong(index)
                .orElseThrow(() -> FunctionException.of("invalid index: " + WholeNumbers.NOT_WHOLE));
    }

    /** cty (since 1.16) wraps negative indexes from the end as well. */
    private static int wrap(long index, int length) {
        int wrapped = (int) (index % length);
        return wrapped < 0 ? wrapped + length : wrapped;
    }

    private static Value element(List<Value> args, Type returnType) throws FunctionException {
        long index = checkIndex(args.get(1));
        List<Value> elements = elements(args.get(0));
        if (elements.isEmpty()) {
            throw FunctionException.of("cannot use element function with an empty list");
        }
        return elements.get(wrap(index, elements.size()));
    }

    // ---- flatten ----

    private static Type flattenType(List<Value> args) throws FunctionException {
        Value list = args.get(0);
        if (!list.isWhollyKnown()) {
            return Type.ANY;
        }
        if (!isSequence(list.type())) {
            throw FunctionException.of("can only flatten lists, sets and tuples");
        }
        Optional<List<Value>> flat = flattener(list);
        if (flat.isEmpty()) {
            return Type.ANY;
        }
        List<Type> types = new ArrayList<>();
        flat.get().forEach(v -> types.add(v.type()));
        return Type.tuple(types);
    }

    private static Value flatten(List<Value> args, Type returnType) {
        Optional<List<Value>> flat = flattener(args.get(0));
        return flat.isPresent() ? Value.tuple(flat.get()) : Value.unknown(returnType);
    }

    /** The recursive elements, or empty if a nested sequence (or a set's length) is unknown. */
    private static Optional<List<Value>> flattener(Value sequence) {
        if (sequence instanceof SetValue && ((SetValue) sequence).hasUnknownElements()) {
            return Optional.empty();
        }
        List<Value> out = new ArrayList<>();
        for (Value element : elements(sequence)) {
            if (isSequence(element.type()) && !element.isNull()) {
                if (!element.isKnown()) {
                    return Optional.empty();
                }
                Optional<List<Value>> nested = flattener(element);
                if (nested.isEmpty()) {
                    return nested;
                }
                out.addAll(nested.get());
            } else {
                out.add(element);
            }
        }
        return Optional.of(out);
    }

    // ---- range ----

    private static Value range(List<Value> args, Type returnType) throws FunctionException {
        BigDecimal start;
        BigDecimal end;
        BigDecimal step;
        List<BigDecimal> numbers = new ArrayList<>();
        args.forEach(a -> numbers.add(((NumberValue) a).value()));
        switch (numbers.size()) {
            case 1:
                start = BigDecimal.ZERO;
                end = numbers.get(0);
                step = BigDecimal.valueOf(end.signum() < 0 ? -1 : 1);
                break;
            case 2:
                start = numbers.get(0);
                end = numbers.get(1);
                step = BigDecimal.valueOf(end.compareTo(start) < 0 ? -1 : 1);
                break;
            case 3:
                start = numbers.get(0);
                end = numbers.get(1);
                step = numbers.get(2);
                break;
            default:
                throw FunctionException.of("must have one, two, or three arguments");
        }
        boolean down = step.signum() < 0;
        if (down && end.compareTo(start) > 0) {
            throw FunctionException.argument(1, "end must be less than start when step is negative");
        }
        if (!down && end.compareTo(start) < 0) {
            throw FunctionException.argument(1, "end must be greater than start when step is positive");
        }
        // A zero step is not rejected up front (cty's check never matches); it hits the limit below.
        List<Value> values = new ArrayList<>();
        for (BigDecimal n = start; down ? n.compareTo(end) > 0 : n.compareTo(end) < 0; n = n.add(step)) {
            if (values.size() >= 1024) {
                throw FunctionException.of(
                        "more than 1024 values were generated; either decrease the difference between start"
                                + " and end or use a smaller step");
            }
            values.add(Value.number(n));
        }
        return Value.list(Type.NUMBER, values);
    }

    // ---- reverse, slice ----

    private static Type reverseType(List<Value> args) throws FunctionException {
        Type type = args.get(0).type();
        if (type instanceof TupleType) {
            List<Type> types = new ArrayList<>(((TupleType) type).elementTypes());
            Collections.reverse(types);
            return Type.tuple(types);
        }
        if (type instanceof ListType || type instanceof SetType) {
            return Type.list(((CollectionType) type).elementType());
        }
        throw FunctionException.argument(0, "can only reverse list or tuple values, not " + type.friendlyName());
    }

    private static Value reverse(List<Value> args, Type returnType) {
        List<Value> elements = new ArrayList<>(elements(args.get(0)));
        Collections.reverse(elements);
        return returnType instanceof TupleType
                ? Value.tuple(elements)
                : Value.list(((ListType) returnType).elementType(), elements);
    }

    private static Type sliceType(List<Value> args) throws FunctionException {
        Type type = args.get(0).type();
        if (type instanceof SetType) {
            throw FunctionException.argument(
                    0,
                    "cannot slice a set, because its elements do not have indices;"
                            + " explicitly convert to a list if the ordering of the result is not important");
        }
        if (!(type instanceof ListType || type instanceof TupleType)) {
            throw FunctionException.argument(0, "must be a list or tuple value");
        }
        int[] indexes = sliceIndexes(args);
        if (type instanceof ListType) {
            return type;
        }
        if (indexes == null) {
            return Type.ANY;
        }
        return Type.tuple(((TupleType) type).elementTypes().subList(indexes[0], indexes[1]));
    }

    /** The checked start and end, or null if either is not known yet. */
    private static int[] sliceIndexes(List<Value> args) throws FunctionException {
        Value list = args.get(0);
        int length = -1;
        if (list.type() instanceof TupleType) {
            length = ((TupleType) list.type()).length();
        } else if (list.isKnown()) {
            length = elements(list).size();
        }
        Long start = null;
        Long end = null;
        if (args.get(1).isKnown()) {
            start = WholeNumbers.toLong(args.get(1))
                    .orElseThrow(() -> FunctionException.argument(1, "invalid start index: " + WholeNumbers.NOT_WHOLE));
            if (start < 0) {
                throw FunctionException.argument(1, "start index must not be less than zero");
            }
            if (length >= 0 && start > length) {
                throw FunctionException.argument(1, "start index must not be greater than the length of the list");
            }
        }
        if (args.get(2).isKnown()) {
            end = WholeNumbers.toLong(args.get(2))
                    .orElseThrow(() -> FunctionException.argument(2, "invalid end index: " + WholeNumbers.NOT_WHOLE));
            if (end < 0) {
                throw FunctionException.argument(2, "end index must not be less than zero");
            }
            if (length >= 0 && end > length) {
                throw FunctionException.argument(2, "end index must not be greater than the length of the list");
            }
        }
        if (start == null || end == null) {
            return null;
        }
        if (start > end) {
            throw FunctionException.argument(1, "start index must not be greater than end index");
        }
        if (length < 0) {
            return null;
        }
        return new int[] {start.intValue(), end.intValue()};
    }

    private static Value slice(List<Value> args, Type returnType) throws FunctionException {
        int[] indexes = sliceIndexes(args);
        List<Value> part = elements(args.get(0)).subList(indexes[0], indexes[1]);
        return returnType instanceof TupleType
                ? Value.tuple(part)
                : Value.list(((ListType) returnType).elementType(), part);
    }

    // ---- sum ----

    private static Value sum(List<Value> args, Type returnType) throws FunctionException {
        Value list = args.get(0);
        Type type = list.type();
        if (!(isSequence(type) || type instanceof MapType || type instanceof ObjectType)) {
            throw FunctionException.argument(0, "cannot sum noniterable");
        }
        List<Value> elements = type instanceof MapType
                ? new ArrayList<>(((MapValue) list).entries().values())
                : type instanceof ObjectType
                        ? new ArrayList<>(((ObjectValue) list).attributes().values())
                        : elements(list);
        if (elements.isEmpty()) {
            throw FunctionException.argument(0, "cannot sum an empty list");
        }
        if (!isSequence(type)) {
            throw FunctionException.argument(
                    0, "argument must be list, set, or tuple. Received " + type.friendlyName());
        }
        if (!list.isWhollyKnown()) {
            return Value.unknown(Type.NUMBER);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Value element : elements) {
            ConversionResult number = element.isNull() ? null : Conversion.convert(element, Type.NUMBER);
            if (number == null || !number.isSuccess()) {
                throw FunctionException.argument(0, "argument must be list, set, or tuple of number values");
            }
            total = total.add(((NumberValue) number.value()).value());
        }
        return Value.number(total);
    }
}
