package dev.kiln.stdlib.type;

import java.util.Objects;

/** The type {@code set(T)}. */
public record SetType(Type elementType) implements CollectionType {

    /** Creates {@code set(elementType)}. */
    public SetType {
        Objects.requireNonNull(elementType, "elementType");
    }

    @Override
    public String kind() {
        return "set";
    }

    @Override
    public SetType withElementType(Type elementType) {
        return new SetType(elementType);
    }

    @Override
    public String toString() {
        return "set(" + elementType + ")";
    }
}
