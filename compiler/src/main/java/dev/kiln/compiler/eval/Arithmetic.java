package dev.kiln.compiler.eval;

import dev.kiln.compiler.ast.BinaryOperator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number arithmetic as go-cty computes it, on exact decimals.
 *
 * <p>cty keeps numbers as 512-bit binary floats. Decimals are exact for {@code + - *} on the
 * numbers people write; only a quotient needs rounding. It is rounded to 155 significant digits,
 * the digits cty prints for a 512-bit quotient such as {@code 1/3}. A sum or product longer than
 * 154 digits can only come from such a quotient and is rounded to 154, so that {@code 1/3*3} gives
 * {@code 1} as cty's binary rounding does.
 */
final class Arithmetic {

    static final MathContext QUOTIENT = new MathContext(155, RoundingMode.HALF_EVEN);
    private static final MathContext RESULT = new MathContext(154, RoundingMode.HALF_EVEN);

    private Arithmetic() {}

    /** The result of {@code left op right}; throws {@link ArithmeticException} with cty's message. */
    static BigDecimal apply(BinaryOperator operator, BigDecimal left, BigDecimal right) {
        switch (operator) {
            case ADD:
                return rounded(left.add(right));
            case SUBTRACT:
                return rounded(left.subtract(right));
            case MULTIPLY:
                return rounded(left.multiply(right));
            case DIVIDE:
                return divide(left, right);
            case MODULO:
                return modulo(left, right);
            default:
                throw new IllegalArgumentException(operator + " is not arithmetic");
        }
    }

    private static BigDecimal divide(BigDecimal left, BigDecimal right) {
        if (right.signum() == 0) {
            // cty answers an infinity for x/0, which a decimal cannot hold; kiln reports it instead.
            throw new ArithmeticException(
                    left.signum() == 0 ? "can't divide zero by zero or infinity by infinity" : "can't divide by zero");
        }
        return left.divide(right, QUOTIENT);
    }

    /** cty's Modulo: {@code a - trunc(a/b)*b}, and {@code a} itself when {@code b} is zero. */
    private static BigDecimal modulo(BigDecimal left, BigDecimal right) {
        if (right.signum() == 0) return left;
        BigDecimal truncated = left.divideToIntegralValue(right);
        return left.subtract(truncated.multiply(right));
    }

    private static BigDecimal rounded(BigDecimal value) {
        return value.precision() > RESULT.getPrecision() ? value.round(RESULT) : value;
    }
}
