package dev.kiln.stdlib.function;

/**
 * How big a value the functions build, so runaway input ends in a function error instead of an
 * OutOfMemoryError, a stack overflow or minutes of CPU. The numbers are documented in docs/cli.md
 * ("Limits"); each is far beyond what a real template needs.
 */
public final class ValueLimits {

    /** Characters in a string a function builds (format, join, strrev, indent, replace...): 16 Mi. */
    public static final int MAX_STRING_LENGTH = 16 << 20;

    /** Elements in a collection a function builds (range, flatten, setproduct...), and nodes a YAML alias expands to. */
    public static final int MAX_ELEMENTS = 1_000_000;

    private ValueLimits() {}

    /** The error for a string result that would have {@code length} characters. */
    public static FunctionException stringTooLong(long length) {
        return FunctionException.of("the result would be " + length + " characters long; kiln's limit is "
                + MAX_STRING_LENGTH + " (16 Mi)");
    }

    /** The error for a collection result that would have {@code count} elements. */
    public static FunctionException tooManyElements(long count) {
        return FunctionException.of("the result would have " + count + " elements; kiln's limit is " + MAX_ELEMENTS);
    }
}
