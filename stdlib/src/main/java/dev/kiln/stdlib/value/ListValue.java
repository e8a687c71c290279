package dev.kiln.stdlib.value;

import dev.kiln.stdlib.type.ListType;
import dev.kiln.stdlib.type.Type;
import java.util.List;
import java.util.Objects;

/** A known list: a sequence whose elements all have {@link #elementType()}. */
public record ListValue(Type elementType, List<Value> elements, Marks marks) implements Value {

    /** Copies the elements and checks their types. */
    public ListValue {
        Objects.requireNonNull(marks, "marks");
        elementType = elementType.withoutOptionalAttributes();
        elements = List.copyOf(elements);
        Children.requireElementType(elementType, elements, "list");
    }

    @Override
    public ListType type() {
        return Type.list(elementType);
    }

    /** The number of elements. */
    public int length() {
        return elements.size();
    }

    @Override
    public ListValue withMarks(Marks marks) {
        return new ListValue(elementType, elements, marks);
    }

    @Override
    public Marks deepMarks() {
        return Children.deepMarks(marks, elements);
    }

    @Override
    public ListValue unmarkDeep() {
        return new ListValue(elementType, Children.unmarkDeep(elements), Marks.NONE);
    }

    @Override
    public boolean isWhollyKnown() {
        return Children.whollyKnown(elements);
    }
}
