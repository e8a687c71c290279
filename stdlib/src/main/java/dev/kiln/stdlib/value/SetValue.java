package dev.kiln.stdlib.value;

import dev.kiln.stdlib.type.SetType;
import dev.kiln.stdlib.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A known set: distinct elements of {@link #elementType()} in the order cty iterates them (see
 * {@link SetOrder}).
 *
 * <p>As in cty, elements cannot carry marks: marks found on elements (at any depth) move to the
 * set itself, and unknown elements are never equal to each other so they never collapse.
 */
public record SetValue(Type elementType, List<Value> elements, Marks marks) implements Value {

    /** Moves element marks to the set, removes duplicates and sorts the elements. */
    public SetValue {
        Objects.requireNonNull(marks, "marks");
        elementType = elementType.withoutOptionalAttributes();
        List<Value> distinct = new ArrayList<>();
        for (Value element : elements) {
            marks = marks.union(element.deepMarks());
            Value plain = element.unmarkDeep();
            if (!plain.isWhollyKnown() || !distinct.contains(plain)) {
                distinct.add(plain);
            }
        }
        Children.requireElementType(elementType, distinct, "set");
        distinct.sort(SetOrder.INSTANCE);
        elements = List.copyOf(distinct);
    }

    @Override
    public SetType type() {
        return Type.set(elementType);
    }

    /** The number of elements, which is only meaningful if {@link #hasUnknownElements()} is false. */
    public int length() {
        return elements.size();
    }

    /**
     * True if some element is not wholly known: cty then treats the set's length as unknown, since
     * unknown elements might turn out equal to others.
     */
    public boolean hasUnknownElements() {
        return !isWhollyKnown();
    }

    @Override
    public SetValue withMarks(Marks marks) {
        return new SetValue(elementType, elements, marks);
    }

    @Override
    public Marks deepMarks() {
        return marks;
    }

    @Override
    public SetValue unmarkDeep() {
        return withMarks(Marks.NONE);
    }

    @Override
    public boolean isWhollyKnown() {
        return Children.whollyKnown(elements);
    }
}
