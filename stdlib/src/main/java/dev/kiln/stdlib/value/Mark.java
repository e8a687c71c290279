package dev.kiln.stdlib.value;

import java.util.Objects;

/**
 * A tag carried by a value through every operation, such as {@link #SENSITIVE}.
 *
 * <p>Marks never change what a value is; they only change how it may be shown.
 */
public record Mark(String name) {

    /** Marks a value whose text must never be printed (a password, a token). */
    public static final Mark SENSITIVE = new Mark("sensitive");

    /** Creates a mark with a non-empty name. */
    public Mark {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("mark name must not be empty");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
