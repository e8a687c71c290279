package dev.kiln.stdlib.type;

import java.util.Objects;

/** The type {@code map(T)}. */
public record MapType(Type elementType) implements CollectionType {

    /** Creates {@code map(elementType)}. */
    public MapType {
        Objects.requireNonNull(elementType, "elementType");
    }

    @Override
    public String kind() {
        return "map";
    }

    @Override
    public MapType withElementType(Type elementType) {
        return new MapType(elementType);
    }

    @Override
    public String toString() {
        return "map(" + elementType + ")";
    }
}
