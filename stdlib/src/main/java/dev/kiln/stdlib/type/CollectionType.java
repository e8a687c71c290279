package dev.kiln.stdlib.type;

/** A list, set or map type: every element has the same {@link #elementType()}. */
public sealed interface CollectionType extends Type permits ListType, SetType, MapType {

    /** The type of every element. */
    Type elementType();

    /** The collection kind as written in HCL: {@code list}, {@code set} or {@code map}. */
    String kind();

    /** The same kind of collection with another element type. */
    CollectionType withElementType(Type elementType);

    @Override
    default String friendlyName() {
        return kind() + " of " + elementType().friendlyName();
    }

    @Override
    default String friendlyNameForConstraint() {
        return kind() + " of " + elementType().friendlyNameForConstraint();
    }

    @Override
    default boolean hasDynamicTypes() {
        return elementType().hasDynamicTypes();
    }

    @Override
    default Type withoutOptionalAttributes() {
        return withElementType(elementType().withoutOptionalAttributes());
    }
}
