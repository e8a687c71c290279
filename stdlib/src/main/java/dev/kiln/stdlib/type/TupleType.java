package dev.kiln.stdlib.type;

import java.util.List;
import java.util.stream.Collectors;

/** The type {@code tuple([T1, T2, ...])}: a fixed-length sequence with a type per position. */
public record TupleType(List<Type> elementTypes) implements Type {

    /** Creates a tuple type; the list is copied. */
    public TupleType {
        elementTypes = List.copyOf(elementTypes);
    }

    /** The number of elements every value of this type has. */
    public int length() {
        return elementTypes.size();
    }

    @Override
    public String friendlyName() {
        return "tuple";
    }

    @Override
    public String friendlyNameForConstraint() {
        return "tuple";
    }

    @Override
    public boolean hasDynamicTypes() {
        return elementTypes.stream().anyMatch(Type::hasDynamicTypes);
    }

    @Override
    public Type withoutOptionalAttributes() {
        return new TupleType(
                elementTypes.stream().map(Type::withoutOptionalAttributes).collect(Collectors.toList()));
    }

    @Override
    public String toString() {
        return elementTypes.stream().map(Type::toString).collect(Collectors.joining(", ", "tuple([", "])"));
    }
}
