package dev.kiln.stdlib.function;

import dev.kiln.stdlib.value.Value;

/** The outcome of {@link Function#call}: a value or a {@link FunctionError}. */
public sealed interface CallResult {

    /** True if the call produced a value. */
    boolean isSuccess();

    /** The result value; throws {@link IllegalStateException} for a failure (a caller bug). */
    Value value();

    /** A call that produced {@code value}. */
    record Success(Value value) implements CallResult {
        @Override
        public boolean isSuccess() {
            return true;
        }
    }

    /** A call that failed with {@code error}. */
    record Failure(FunctionError error) implements CallResult {
        @Override
        public boolean isSuccess() {
            return false;
        }

        @Override
        public Value value() {
            throw new IllegalStateException(error.summary() + ": " + error.detail());
        }
    }
}
