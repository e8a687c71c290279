package dev.kiln.stdlib.value;

import dev.kiln.stdlib.type.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * A known number with arbitrary precision. The value is kept without trailing zeros so that
 * {@code 1.0} and {@code 1} are the same value, as they are in cty.
 */
public record NumberValue(BigDecimal value, Marks marks) implements Value {

    /** Normalises {@code value} so equal numbers are equal records. */
    public NumberValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(marks, "marks");
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    /** True if this number has no fractional part. */
    public boolean isWhole() {
        return value.scale() <= 0;
    }

    /** This number as an {@code int} if it is whole and fits, for indexes and counts. */
    public Optional<Integer> intValueExact() {
        if (!isWhole()
                || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                || value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
            return Optional.empty();
        }
        return Optional.of(value.intValueExact());
    }

    /** This number as a {@link BigInteger} if it is whole. */
    public Optional<BigInteger> bigIntegerValueExact() {
        return isWhole() ? Optional.of(value.toBigIntegerExact()) : Optional.empty();
    }

    /** The text cty prints for this number: plain decimal, no exponent, no trailing zeros. */
    public String text() {
        return value.toPlainString();
    }

    @Override
    public Type type() {
        return Type.NUMBER;
    }

    @Override
    public NumberValue withMarks(Marks marks) {
        return new NumberValue(value, marks);
    }

    @Override
    public Marks deepMarks() {
        return marks;
    }

    @Override
    public NumberValue unmarkDeep() {
        return withMarks(Marks.NONE);
    }

    @Override
    public boolean isWhollyKnown() {
        return true;
    }

    @Override
    public String toString() {
        return "number(" + text() + ")" + (marks.isEmpty() ? "" : marks);
    }
}
