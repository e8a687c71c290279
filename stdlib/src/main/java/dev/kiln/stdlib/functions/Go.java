package dev.kiln.stdlib.functions;

import dev.kiln.stdlib.function.FunctionException;
import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** Conversions the Go functions do implicitly (gocty, float64), with Go's error wording. */
final class Go {

    private Go() {}

    static final String INT64_RANGE =
            "value must be a whole number, between -9223372036854775808 and 9223372036854775807";

    /** The number as Go's {@code int}/{@code int64}, as {@code gocty.FromCtyValue} converts it. */
    static long toLong(Value value, int argument) throws FunctionException {
        BigDecimal number = ((NumberValue) value).value();
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw argument < 0 ? FunctionException.of(INT64_RANGE) : FunctionException.argument(argument, INT64_RANGE);
        }
    }

    /** The number as an arbitrary integer ({@code *big.Int}); fails on fractions as gocty does. */
    static BigInteger toBigInteger(Value value, int argument) throws FunctionException {
        BigDecimal number = ((NumberValue) value).value();
        try {
            return number.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw argument < 0
                    ? FunctionException.of("value must be a whole number")
                    : FunctionException.argument(argument, "value must be a whole number");
        }
    }

    /** The number as a float64, as {@code big.Float.Float64} rounds it. */
    static double toDouble(Value value) {
        return ((NumberValue) value).value().doubleValue();
    }

    /**
     * A float64 result as cty's {@code NumberFloatVal} keeps it: the shortest decimal that reads
     * back as the same double, which is what Go prints for it. Infinite and NaN have no decimal.
     */
    static BigDecimal fromDouble(double d) throws FunctionException {
        if (Double.isNaN(d)) {
            // cty panics on NaN ("Float.SetFloat64(NaN)"); report it as a plain error instead.
            throw FunctionException.of("the result is not a number (NaN)");
        }
        if (Double.isInfinite(d)) {
            // cty has infinities; kiln's exact numbers do not, so say what the result would be.
            throw FunctionException.of("the result is " + (d > 0 ? "+Inf" : "-Inf") + ", which cannot be represented");
        }
        if (d == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal exact = new BigDecimal(d);
        // Double.toString is not always the shortest form on Java 17, so search for it.
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == d) {
                return candidate;
            }
        }
        return exact;
    }
}
