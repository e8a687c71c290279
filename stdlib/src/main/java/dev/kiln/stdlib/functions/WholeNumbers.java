package dev.kiln.stdlib.functions;

import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.Value;
import java.math.BigDecimal;
import java.util.Optional;

/** Reads numbers as Go ints the way cty's {@code gocty.FromCtyValue} does for int arguments. */
final class WholeNumbers {

    /** gocty's message when a number does not fit a Go int. */
    static final String NOT_WHOLE =
            "value must be a whole number, between -9223372036854775808 and 9223372036854775807";

    private static final BigDecimal MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private WholeNumbers() {}

    /** The number as a long if it is whole and fits Go's int64, which is what cty requires. */
    static Optional<Long> toLong(Value number) {
        NumberValue n = (NumberValue) number;
        if (!n.isWhole() || n.value().compareTo(MIN) < 0 || n.value().compareTo(MAX) > 0) {
            return Optional.empty();
        }
        return Optional.of(n.value().longValueExact());
    }

    /** {@code value} clamped into the int range, for counts that are compared with sizes. */
    static int clamp(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }
}
