package dev.kiln.stdlib.value;

import dev.kiln.stdlib.text.CodePointOrder;
import dev.kiln.stdlib.type.MapType;
import dev.kiln.stdlib.type.Type;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/** A known map from string keys to elements of {@link #elementType()}, ordered by key. */
public record MapValue(Type elementType, SortedMap<String, Value> entries, Marks marks) implements Value {

    /** A map with the given entries; keys are sorted by code point as cty sorts them. */
    public MapValue(Type elementType, Map<String, ? extends Value> entries, Marks marks) {
        this(elementType, sorted(entries), marks);
    }

    /** Copies the entries and checks their types. */
    public MapValue {
        Objects.requireNonNull(marks, "marks");
        elementType = elementType.withoutOptionalAttributes();
        entries = Collections.unmodifiableSortedMap(sorted(entries));
        Children.requireElementType(elementType, entries.values(), "map");
    }

    static TreeMap<String, Value> sorted(Map<String, ? extends Value> entries) {
        TreeMap<String, Value> sorted = new TreeMap<>(CodePointOrder.INSTANCE);
        entries.forEach((key, value) -> sorted.put(StringValue.normalize(key), Objects.requireNonNull(value, key)));
        return sorted;
    }

    @Override
    public MapType type() {
        return Type.map(elementType);
    }

    /** The number of entries. */
    public int length() {
        return entries.size();
    }

    @Override
    public MapValue withMarks(Marks marks) {
        return new MapValue(elementType, entries, marks);
    }

    @Override
    public Marks deepMarks() {
        return Children.deepMarks(marks, entries.values());
    }

    @Override
    public MapValue unmarkDeep() {
        TreeMap<String, Value> unmarked = new TreeMap<>(CodePointOrder.INSTANCE);
        entries.forEach((key, value) -> unmarked.put(key, value.unmarkDeep()));
        return new MapValue(elementType, unmarked, Marks.NONE);
    }

    @Override
    public boolean isWhollyKnown() {
        return Children.whollyKnown(entries.values());
    }
}
