package dev.kiln.compiler.schema;

import dev.kiln.compiler.source.SourceRange;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A decoded and evaluated block body as validation rules see it. Values are already converted to
 * the schema's types with defaults applied. A value that is only known at build time (a data
 * source's output under {@code validate}) is unknown: the typed accessors return empty for it, so
 * rules check only what is known and never fail a template for what it cannot know yet.
 */
public interface ConfigView {

    /** Whether the argument was written in the template (its value may still be unknown or null). */
    boolean isSet(String name);

    /** The argument's value: the written one, else the default, else a null value. */
    Value value(String name);

    /** The nested blocks of type {@code type}, in source order. */
    List<? extends ConfigView> blocks(String type);

    /** Where the argument's value is written, or the block's definition when it is not written. */
    SourceRange rangeOf(String name);

    /** The block's header (or the start of the body for a file), where block-level problems point. */
    SourceRange definitionRange();

    /** Whether the argument is written with a non-null value or has a non-null default. */
    default boolean hasValue(String name) {
        return !value(name).isNull();
    }

    /** The argument's string value when it is known and not null. */
    default Optional<String> string(String name) {
        return value(name).unmarkDeep() instanceof StringValue s ? Optional.of(s.value()) : Optional.empty();
    }

    /** The argument's string value when known, non-null and not empty (Go's zero value counts as unset). */
    default Optional<String> nonEmptyString(String name) {
        return string(name).filter(s -> !s.isEmpty());
    }

    /** The argument's string value, or Go's zero value {@code ""} when unset, null or unknown. */
    default String text(String name) {
        return string(name).orElse("");
    }

    /** The known string elements of a list, set or tuple argument; empty when unset, null or unknown. */
    default List<String> strings(String name) {
        List<String> out = new ArrayList<>();
        for (Value v : elements(name)) {
            if (v.unmarkDeep() instanceof StringValue s) out.add(s.value());
        }
        return List.copyOf(out);
    }

    /** The known whole-number elements of a list argument ({@code valid_exit_codes}); empty when unset. */
    default List<Integer> wholeNumbers(String name) {
        List<Integer> out = new ArrayList<>();
        for (Value v : elements(name)) {
            if (v.unmarkDeep() instanceof NumberValue n) out.add(n.value().intValue());
        }
        return List.copyOf(out);
    }

    /** The known string entries of a map or object argument, in key order; empty when unset, null or unknown. */
    default Map<String, String> stringMap(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        Value v = value(name).unmarkDeep();
        Map<String, Value> entries =
                v instanceof MapValue m ? m.entries() : v instanceof ObjectValue o ? o.attributes() : Map.of();
        entries.forEach((key, e) -> {
            if (e instanceof StringValue s) out.put(key, s.value());
        });
        return out;
    }

    /** The argument's bool value when it is known and not null. */
    default Optional<Boolean> bool(String name) {
        return value(name).unmarkDeep() instanceof BoolValue b ? Optional.of(b.value()) : Optional.empty();
    }

    /** Whether the argument is known to be true. */
    default boolean isTrue(String name) {
        return bool(name).orElse(false);
    }

    /** The argument's number value when it is known and not null. */
    default Optional<BigDecimal> number(String name) {
        return value(name).unmarkDeep() instanceof NumberValue n ? Optional.of(n.value()) : Optional.empty();
    }

    /** The elements of a known list, set or tuple argument; empty when unset, null or unknown. */
    default List<Value> elements(String name) {
        Value v = value(name).unmarkDeep();
        if (v instanceof ListValue l) return l.elements();
        if (v instanceof SetValue s) return s.elements();
        if (v instanceof TupleValue t) return t.elements();
        return List.of();
    }

    /**
     * Whether the argument is set to something Go would not treat as its zero value: a non-empty
     * string, true, a non-zero number, a non-empty collection, or anything unknown (which may be).
     */
    default boolean isNonZero(String name) {
        Value v = value(name);
        if (!v.isKnown()) return isSet(name);
        Value plain = v.unmarkDeep();
        if (plain.isNull()) return false;
        if (plain instanceof StringValue s) return !s.value().isEmpty();
        if (plain instanceof BoolValue b) return b.value();
        if (plain instanceof NumberValue n) return n.value().signum() != 0;
        if (plain instanceof ListValue || plain instanceof SetValue || plain instanceof TupleValue) {
            return !elements(name).isEmpty();
        }
        return true;
    }
}
