package dev.kiln.stdlib.value;

import dev.kiln.stdlib.type.Type;
import java.util.Objects;

/** The null value of a type. */
public record NullValue(Type type, Marks marks) implements Value {

    /** Drops optional attributes from {@code type}: only type constraints have them. */
    public NullValue {
        Objects.requireNonNull(marks, "marks");
        type = type.withoutOptionalAttributes();
    }

    @Override
    public NullValue withMarks(Marks marks) {
        return new NullValue(type, marks);
    }

    @Override
    public Marks deepMarks() {
        return marks;
    }

    @Override
    public NullValue unmarkDeep() {
        return withMarks(Marks.NONE);
    }

    @Override
    public boolean isWhollyKnown() {
        return true;
    }

    @Override
    public String toString() {
        return "null(" + type + ")" + (marks.isEmpty() ? "" : marks);
    }
}
