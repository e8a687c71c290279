package dev.kiln.stdlib.type;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An HCL/cty type: a primitive, a collection, a structural type or {@code any}.
 *
 * <p>{@link #toString()} prints HCL type-constraint syntax ({@code list(string)},
 * {@code object({a=number})}); {@link #friendlyName()} is the wording used in error messages.
 */
public sealed interface Type permits PrimitiveType, DynamicType, CollectionType, ObjectType, TupleType {

    /** The {@code string} type. */
    Type STRING = PrimitiveType.STRING;
    /** The {@code number} type. */
    Type NUMBER = PrimitiveType.NUMBER;
    /** The {@code bool} type. */
    Type BOOL = PrimitiveType.BOOL;
    /** The {@code any} type (cty's DynamicPseudoType): a placeholder for a type not known yet. */
    Type ANY = DynamicType.ANY;

    /** Returns {@code list(element)}. */
    static ListType list(Type element) {
        return new ListType(element);
    }

    /** Returns {@code set(element)}. */
    static SetType set(Type element) {
        return new SetType(element);
    }

    /** Returns {@code map(element)}. */
    static MapType map(Type element) {
        return new MapType(element);
    }

    /** Returns an object type whose attributes are all required. */
    static ObjectType object(Map<String, Type> attributes) {
        return new ObjectType(attributes, Set.of());
    }

    /** Returns an object type where the attributes named in {@code optional} may be absent. */
    static ObjectType object(Map<String, Type> attributes, Set<String> optional) {
        return new ObjectType(attributes, optional);
    }

    /** Returns {@code tuple([elements...])}. */
    static TupleType tuple(List<Type> elements) {
        return new TupleType(elements);
    }

    /** Returns {@code tuple([elements...])}. */
    static TupleType tuple(Type... elements) {
        return new TupleType(List.of(elements));
    }

    /** The name used in error messages for a value of this type, as cty's {@code FriendlyName}. */
    String friendlyName();

    /**
     * The name used when this type is a requirement, as cty's {@code FriendlyNameForConstraint}:
     * identical to {@link #friendlyName()} except that {@code any} reads "any type".
     */
    String friendlyNameForConstraint();

    /** True for {@code string}, {@code number} and {@code bool}. */
    default boolean isPrimitive() {
        return this instanceof PrimitiveType;
    }

    /** True for list, set and map types: collections with one element type. */
    default boolean isCollection() {
        return this instanceof CollectionType;
    }

    /** True when this type is {@code any} or contains {@code any} anywhere inside it. */
    boolean hasDynamicTypes();

    /** This type with every object attribute made required, as cty's WithoutOptionalAttributesDeep. */
    Type withoutOptionalAttributes();
}
