package dev.kiln.stdlib.type;

import java.util.Objects;

/** The type {@code list(T)}. */
public record ListType(Type elementType) implements CollectionType {

    /** Creates {@code list(elementType)}. */
    public ListType {
        Objects.requireNonNull(elementType, "elementType");
    }

    @Override
    public String kind() {
        return "list";
    }

    @Override
    public ListType withElementType(Type elementType) {
        return new ListType(elementType);
    }

    @Override
    public String toString() {
        return "list(" + elementType + ")";
    }
}
