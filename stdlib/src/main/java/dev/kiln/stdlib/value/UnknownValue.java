package dev.kiln.stdlib.value;

import dev.kiln.stdlib.type.Type;
import java.util.Objects;

/** The unknown value of a type. */
public record UnknownValue(Type type, Marks marks) implements Value {

    /** Drops optional attributes from {@code type}: only type constraints have them. */
    public UnknownValue {
        Objects.requireNonNull(marks, "marks");
        type = type.withoutOptionalAttributes();
    }

    @Override
    public UnknownValue withMarks(Marks marks) {
        return new UnknownValue(type, marks);
    }

    @Override
    public Marks deepMarks() {
        return marks;
    }

    @Override
    public UnknownValue unmarkDeep() {
        return withMarks(Marks.NONE);
    }

    @Override
    public boolean isWhollyKnown() {
        return false;
    }

    @Override
    public String toString() {
        return "unknown(" + type + ")" + (marks.isEmpty() ? "" : marks);
    }
}
