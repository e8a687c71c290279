package dev.kiln.stdlib.function;

import java.util.OptionalInt;

/**
 * Thrown by a function's {@link ReturnTypeRule} or {@link Implementation} when the arguments
 * are unacceptable. The call machinery turns it into a {@link FunctionError} value; it never
 * leaves {@link Function#call}.
 *
 * <p>Word the message as cty does: lower case, no final period ("argument must not be null").
 */
public final class FunctionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int argumentIndex;

    private FunctionException(int argumentIndex, String message) {
        super(message, null, false, false);
        this.argumentIndex = argumentIndex;
    }

    /** A problem with the argument at {@code index} (counting variadic arguments too). */
    public static FunctionException argument(int index, String message) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        return new FunctionException(index, message);
    }

    /** A problem with the call as a whole. */
    public static FunctionException of(String message) {
        return new FunctionException(-1, message);
    }

    /** The index of the offending argument, if one is to blame. */
    public OptionalInt argumentIndex() {
        return argumentIndex < 0 ? OptionalInt.empty() : OptionalInt.of(argumentIndex);
    }
}
