package dev.kiln.stdlib.value;

import dev.kiln.stdlib.type.Type;
import java.util.Objects;

/** A known bool. */
public record BoolValue(boolean value, Marks marks) implements Value {

    /** Checks the marks are present. */
    public BoolValue {
        Objects.requireNonNull(marks, "marks");
    }

    @Override
    public Type type() {
        return Type.BOOL;
    }

    @Override
    public BoolValue withMarks(Marks marks) {
        return new BoolValue(value, marks);
    }

    @Override
    public Marks deepMarks() {
        return marks;
    }

    @Override
    public BoolValue unmarkDeep() {
        return withMarks(Marks.NONE);
    }

    @Override
    public boolean isWhollyKnown() {
        return true;
    }

    @Override
    public String toString() {
        return "bool(" + value + ")" + (marks.isEmpty() ? "" : marks);
    }
}
