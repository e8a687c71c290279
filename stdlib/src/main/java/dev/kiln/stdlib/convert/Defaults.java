package dev.kiln.stdlib.convert;

import dev.kiln.stdlib.value.Value;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Default values for optional object attributes ({@code optional(T, default)} in a type
 * constraint), shaped like the type they belong to, as HCL's {@code typeexpr.Defaults}.
 *
 * <p>{@link #values()} holds defaults for this object's attributes; {@link #attributes()} holds
 * defaults for objects nested in attributes; {@link #elements()} holds defaults for the elements
 * of a list, set, map or tuple at this position.
 */
public record Defaults(Map<String, Value> values, Map<String, Defaults> attributes, Optional<Defaults> elements) {

    /** No defaults. */
    public static final Defaults NONE = new Defaults(Map.of(), Map.of(), Optional.empty());

    /** Copies the maps. */
    public Defaults {
        values = Map.copyOf(values);
        attributes = Map.copyOf(attributes);
    }

    /** Defaults for attributes of this object. */
    public static Defaults of(Map<String, Value> values) {
        return new Defaults(values, Map.of(), Optional.empty());
    }

    /** These defaults plus {@code nested} for the object in attribute {@code name}. */
    public Defaults withAttribute(String name, Defaults nested) {
        Map<String, Defaults> more = new HashMap<>(attributes);
        more.put(name, nested);
        return new Defaults(values, more, elements);
    }

    /** These defaults plus {@code nested} for every element of the collection at this position. */
    public Defaults withElements(Defaults nested) {
        return new Defaults(values, attributes, Optional.of(nested));
    }

    Defaults forAttribute(String name) {
        return attributes.getOrDefault(name, NONE);
    }

    Defaults forElements() {
        return elements.orElse(NONE);
    }
}
