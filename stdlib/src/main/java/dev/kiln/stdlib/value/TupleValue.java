package dev.kiln.stdlib.value;

import dev.kiln.stdlib.type.TupleType;
import dev.kiln.stdlib.type.Type;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A known tuple: a fixed sequence whose type records each element's type. */
public record TupleValue(TupleType type, List<Value> elements, Marks marks) implements Value {

    /** Copies the elements and checks they match {@code type}. */
    public TupleValue {
        Objects.requireNonNull(marks, "marks");
        elements = List.copyOf(elements);
        if (!type.equals(typeOf(elements))) {
            throw new IllegalArgumentException("tuple elements do not match " + type);
        }
    }

    /** A tuple of {@code elements} with {@code marks}. */
    public static TupleValue of(List<? extends Value> elements, Marks marks) {
        List<Value> copy = List.copyOf(elements);
        return new TupleValue(typeOf(copy), copy, marks);
    }

    private static TupleType typeOf(List<Value> elements) {
        return Type.tuple(elements.stream().map(Value::type).collect(Collectors.toList()));
    }

    /** The number of elements. */
    public int length() {
        return elements.size();
    }

    @Override
    public TupleValue withMarks(Marks marks) {
        return new TupleValue(type, elements, marks);
    }

    @Override
    public Marks deepMarks() {
        return Children.deepMarks(marks, elements);
    }

    @Override
    public TupleValue unmarkDeep() {
        return new TupleValue(type, Children.unmarkDeep(elements), Marks.NONE);
    }

    @Override
    public boolean isWhollyKnown() {
        return Children.whollyKnown(elements);
    }
}
