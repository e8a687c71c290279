package dev.kiln.stdlib.type;

import dev.kiln.stdlib.text.CodePointOrder;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The type {@code object({name=T, ...})}.
 *
 * <p>Attributes listed in {@link #optionalAttributes()} may be absent from a value being
 * converted to this type ({@code optional(T)} in a type constraint); values themselves never have
 * optional attributes in their type. Default values for optional attributes are not part of the
 * type; see {@code dev.kiln.stdlib.convert.Defaults}.
 */
public record ObjectType(SortedMap<String, Type> attributeTypes, SortedSet<String> optionalAttributes) implements Type {

    /** Creates an object type; attributes are kept sorted by name. */
    public ObjectType(Map<String, Type> attributeTypes, Set<String> optionalAttributes) {
        this(newAttributeMap(attributeTypes), new TreeSet<>(optionalAttributes));
    }

    /** Copies the attributes and checks that every optional attribute exists. */
    public ObjectType {
        attributeTypes = Collections.unmodifiableSortedMap(newAttributeMap(attributeTypes));
        optionalAttributes = Collections.unmodifiableSortedSet(new TreeSet<>(optionalAttributes));
        if (!attributeTypes.keySet().containsAll(optionalAttributes)) {
            throw new IllegalArgumentException("optional attributes must be attributes: " + optionalAttributes);
        }
    }

    /** The empty object type {@code object({})}. */
    public static final ObjectType EMPTY = new ObjectType(Map.of(), Set.of());

    private static TreeMap<String, Type> newAttributeMap(Map<String, Type> attributes) {
        TreeMap<String, Type> sorted = new TreeMap<>(CodePointOrder.INSTANCE);
        sorted.putAll(attributes);
        return sorted;
    }

    /** The type of attribute {@code name}, or null if there is none. */
    public Type attributeType(String name) {
        return attributeTypes.get(name);
    }

    /** True if {@code name} is an attribute that may be omitted. */
    public boolean isOptional(String name) {
        return optionalAttributes.contains(name);
    }

    @Override
    public String friendlyName() {
        return "object";
    }

    @Override
    public String friendlyNameForConstraint() {
        return "object";
    }

    @Override
    public boolean hasDynamicTypes() {
        return attributeTypes.values().stream().anyMatch(Type::hasDynamicTypes);
    }

    @Override
    public Type withoutOptionalAttributes() {
        TreeMap<String, Type> attrs = newAttributeMap(Map.of());
        attributeTypes.forEach((name, type) -> attrs.put(name, type.withoutOptionalAttributes()));
        return new ObjectType(attrs, Set.of());
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("object({");
        String separator = "";
        for (Map.Entry<String, Type> attr : attributeTypes.entrySet()) {
            out.append(separator).append(attr.getKey()).append('=');
            if (isOptional(attr.getKey())) {
                out.append("optional(").append(attr.getValue()).append(')');
            } else {
                out.append(attr.getValue());
            }
            separator = ",";
        }
        return out.append("})").toString();
    }
}
