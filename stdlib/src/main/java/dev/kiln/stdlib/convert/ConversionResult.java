package dev.kiln.stdlib.convert;

import dev.kiln.stdlib.value.Value;
import java.util.Objects;

/** The outcome of a conversion: the converted value or an error; never an exception. */
public sealed interface ConversionResult {

    /** True if the conversion succeeded. */
    boolean isSuccess();

    /** The converted value; throws {@link IllegalStateException} for a failure (a caller bug). */
    Value value();

    /** A successful conversion. */
    record Success(Value value) implements ConversionResult {
        /** Requires a value. */
        public Success {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean isSuccess() {
            return true;
        }
    }

    /**
     * A failed conversion. {@code message} is worded as cty words it ("a number is required") and
     * {@code path} says where inside the value the problem is.
     */
    record Failure(String message, Path path) implements ConversionResult {
        @Override
        public boolean isSuccess() {
            return false;
        }

        @Override
        public Value value() {
            throw new IllegalStateException("conversion failed: " + this);
        }

        /** The message with the path in front when there is one: {@code .foo[2]: a number is required}. */
        @Override
        public String toString() {
            return path.isRoot() ? message : path + ": " + message;
        }
    }
}
