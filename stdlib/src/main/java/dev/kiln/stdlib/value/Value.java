package dev.kiln.stdlib.value;

import dev.kiln.stdlib.type.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An immutable HCL value, as go-cty models it.
 *
 * <p>Every value has a {@link #type()} and a set of {@link #marks()}. Besides the known values
 * of each type there are {@link NullValue null} and {@link UnknownValue unknown} values of any
 * type; unknown values stand for something only known at build time and flow through every
 * operation as unknown.
 *
 * <p>{@link Object#equals} is structural (marks included) and meant for Java code and tests; the
 * HCL {@code ==} operator is {@link #equal(Value)}.
 */
public sealed interface Value
        permits StringValue,
                NumberValue,
                BoolValue,
                ListValue,
                SetValue,
                MapValue,
                ObjectValue,
                TupleValue,
                NullValue,
                UnknownValue {

    /** {@code true}. */
    BoolValue TRUE = new BoolValue(true, Marks.NONE);
    /** {@code false}. */
    BoolValue FALSE = new BoolValue(false, Marks.NONE);
    /** An unknown value of unknown type (cty's DynamicVal). */
    UnknownValue DYNAMIC = new UnknownValue(Type.ANY, Marks.NONE);

    /** The type of this value. */
    Type type();

    /** The marks on this value itself (not on nested values). */
    Marks marks();

    /** This value with its own marks replaced by {@code marks}. */
    Value withMarks(Marks marks);

    /** This value with {@code mark} added. */
    default Value mark(Mark mark) {
        return withMarks(marks().with(mark));
    }

    /** This value with {@code more} added to its own marks. */
    default Value withAddedMarks(Marks more) {
        return more.isEmpty() ? this : withMarks(marks().union(more));
    }

    /** This value without its own marks; nested values keep theirs. */
    default Value unmark() {
        return marks().isEmpty() ? this : withMarks(Marks.NONE);
    }

    /** True if this value carries {@code mark} itself. */
    default boolean hasMark(Mark mark) {
        return marks().contains(mark);
    }

    /** The marks of this value and of every value nested inside it. */
    Marks deepMarks();

    /** This value with all marks removed, at every depth. */
    Value unmarkDeep();

    /** False only for an {@link UnknownValue}. Nested values may still be unknown. */
    default boolean isKnown() {
        return !(this instanceof UnknownValue);
    }

    /** True only for a {@link NullValue}. */
    default boolean isNull() {
        return this instanceof NullValue;
    }

    /** True if neither this value nor anything nested inside it is unknown. */
    boolean isWhollyKnown();

    /** HCL's {@code ==}: a bool, or an unknown bool if the answer depends on unknown values. */
    default Value equal(Value other) {
        return Equality.equal(this, other);
    }

    // ---- factories ----

    /** A string, normalised to NFC. */
    static StringValue string(String value) {
        return new StringValue(value, Marks.NONE);
    }

    /** A number. */
    static NumberValue number(BigDecimal value) {
        return new NumberValue(value, Marks.NONE);
    }

    /** A whole number. */
    static NumberValue number(long value) {
        return new NumberValue(BigDecimal.valueOf(value), Marks.NONE);
    }

    /** A number parsed from decimal text such as {@code 1.5} or {@code 1e3}. */
    static NumberValue number(String decimal) {
        return new NumberValue(new BigDecimal(decimal), Marks.NONE);
    }

    /** {@code true} or {@code false}. */
    static BoolValue bool(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** A non-empty list; every element must have the same type. */
    static ListValue list(List<? extends Value> elements) {
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("use emptyList(type) for an empty list");
        }
        return new ListValue(elements.get(0).type(), List.copyOf(elements), Marks.NONE);
    }

    /** A list of the given elements; varargs form of {@link #list(List)}. */
    static ListValue list(Value first, Value... rest) {
        return list(concat(first, rest));
    }

    /** An empty list of {@code elementType}. */
    static ListValue emptyList(Type elementType) {
        return new ListValue(elementType, List.of(), Marks.NONE);
    }

    /** A list of {@code elementType} that may be empty. */
    static ListValue list(Type elementType, List<? extends Value> elements) {
        return new ListValue(elementType, List.copyOf(elements), Marks.NONE);
    }

    /** A non-empty set; duplicates collapse and elements are kept in cty order. */
    static SetValue set(List<? extends Value> elements) {
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("use emptySet(type) for an empty set");
        }
        return new SetValue(elements.get(0).unmarkDeep().type(), List.copyOf(elements), Marks.NONE);
    }

    /** A set of the given elements; varargs form of {@link #set(List)}. */
    static SetValue set(Value first, Value... rest) {
        return set(concat(first, rest));
    }

    /** An empty set of {@code elementType}. */
    static SetValue emptySet(Type elementType) {
        return new SetValue(elementType, List.of(), Marks.NONE);
    }

    /** A set of {@code elementType} that may be empty. */
    static SetValue set(Type elementType, List<? extends Value> elements) {
        return new SetValue(elementType, List.copyOf(elements), Marks.NONE);
    }

    /** A non-empty map; every element must have the same type. */
    static MapValue map(Map<String, ? extends Value> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("use emptyMap(type) for an empty map");
        }
        return new MapValue(entries.values().iterator().next().type(), entries, Marks.NONE);
    }

    /** An empty map of {@code elementType}. */
    static MapValue emptyMap(Type elementType) {
        return new MapValue(elementType, Map.of(), Marks.NONE);
    }

    /** A map of {@code elementType} that may be empty. */
    static MapValue map(Type elementType, Map<String, ? extends Value> entries) {
        return new MapValue(elementType, entries, Marks.NONE);
    }

    /** An object with the given attributes. */
    static ObjectValue object(Map<String, ? extends Value> attributes) {
        return ObjectValue.of(attributes, Marks.NONE);
    }

    /** A tuple of the given elements. */
    static TupleValue tuple(List<? extends Value> elements) {
        return TupleValue.of(elements, Marks.NONE);
    }

    /** A tuple of the given elements. */
    static TupleValue tuple(Value... elements) {
        return TupleValue.of(List.of(elements), Marks.NONE);
    }

    /** The null value of {@code type}. */
    static NullValue nullOf(Type type) {
        return new NullValue(type, Marks.NONE);
    }

    /** The unknown value of {@code type}. */
    static UnknownValue unknown(Type type) {
        return new UnknownValue(type, Marks.NONE);
    }

    private static List<Value> concat(Value first, Value... rest) {
        Value[] all = new Value[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return List.of(all);
    }
}
