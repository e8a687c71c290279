package dev.kiln.stdlib.value;

import dev.kiln.stdlib.text.CodePointOrder;
import dev.kiln.stdlib.type.ObjectType;
import dev.kiln.stdlib.type.Type;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** A known object: named attributes, each with its own type, ordered by name. */
public record ObjectValue(ObjectType type, SortedMap<String, Value> attributes, Marks marks) implements Value {

    /** Copies the attributes and checks they match {@code type}. */
    public ObjectValue {
        Objects.requireNonNull(marks, "marks");
        attributes = Collections.unmodifiableSortedMap(MapValue.sorted(attributes));
        if (!type.equals(typeOf(attributes))) {
            throw new IllegalArgumentException("object attributes do not match " + type);
        }
    }

    /** An object of {@code attributes} with {@code marks}. */
    public static ObjectValue of(Map<String, ? extends Value> attributes, Marks marks) {
        TreeMap<String, Value> sorted = MapValue.sorted(attributes);
        return new ObjectValue(typeOf(sorted), sorted, marks);
    }

    private static ObjectType typeOf(Map<String, Value> attributes) {
        TreeMap<String, Type> types = new TreeMap<>(CodePointOrder.INSTANCE);
        attributes.forEach((name, value) -> types.put(name, value.type()));
        return Type.object(types, Set.of());
    }

    /** The attribute {@code name}, or null if there is none. */
    public Value attribute(String name) {
        return attributes.get(name);
    }

    @Override
    public ObjectValue withMarks(Marks marks) {
        return new ObjectValue(type, attributes, marks);
    }

    @Override
    public Marks deepMarks() {
        return Children.deepMarks(marks, attributes.values());
    }

    @Override
    public ObjectValue unmarkDeep() {
        TreeMap<String, Value> unmarked = new TreeMap<>(CodePointOrder.INSTANCE);
        attributes.forEach((key, value) -> unmarked.put(key, value.unmarkDeep()));
        return new ObjectValue(type, unmarked, Marks.NONE);
    }

    @Override
    public boolean isWhollyKnown() {
        return Children.whollyKnown(attributes.values());
    }
}
