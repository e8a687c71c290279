package dev.kiln.stdlib.functions;

import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionException;
import dev.kiln.stdlib.function.Parameter;
import dev.kiln.stdlib.go.GoText;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/** Functions on numbers, as go-cty's {@code stdlib/number.go}. */
public final class NumericFunctions {

    private NumericFunctions() {}

    /** {@code abs(num)}: cty's {@code AbsoluteFunc}. */
    public static final Function ABS = Function.builder("abs")
            .parameter(Parameter.of("num", Type.NUMBER).allowingDynamicType())
            .returns(Type.NUMBER)
            .summary("Returns the absolute value of the given number.")
            .description("If the number is zero or positive it is returned as-is; if negative, it is"
                    + " multiplied by -1 to make it positive.")
            .implementation((args, rt) -> Value.number(number(args.get(0)).abs()))
            .build();

    /** {@code ceil(num)}: cty's {@code CeilFunc}. */
    public static final Function CEIL = Function.builder("ceil")
            .parameter(Parameter.of("num", Type.NUMBER))
            .returns(Type.NUMBER)
            .summary("Returns the closest whole number that is greater than or equal to the given value.")
            .description("The result is exact: numbers are arbitrary-precision decimals.")
            .implementation((args, rt) -> Value.number(number(args.get(0)).setScale(0, RoundingMode.CEILING)))
            .build();

    /** {@code floor(num)}: cty's {@code FloorFunc}. */
    public static final Function FLOOR = Function.builder("floor")
            .parameter(Parameter.of("num", Type.NUMBER))
            .returns(Type.NUMBER)
            .summary("Returns the closest whole number that is less than or equal to the given value.")
            .description("The result is exact: numbers are arbitrary-precision decimals.")
            .implementation((args, rt) -> Value.number(number(args.get(0)).setScale(0, RoundingMode.FLOOR)))
            .build();

    /** {@code log(num, base)}: cty's {@code LogFunc}, computed in float64 as Go's math.Log. */
    public static final Function LOG = Function.builder("log")
            .parameter(Parameter.of("num", Type.NUMBER))
            .parameter(Parameter.of("base", Type.NUMBER))
            .returns(Type.NUMBER)
            .summary("Returns the logarithm of a given number in a given base.")
            .description("Computed with 64-bit floating point as Terraform and Packer do, so"
                    + " log(8, 2) is 3 but most results are rounded to about 16 significant digits.")
            .implementation((args, rt) -> Value.number(
                    Go.fromDouble(Math.log(Go.toDouble(args.get(0))) / Math.log(Go.toDouble(args.get(1))))))
            .build();

    /** {@code pow(num, power)}: cty's {@code PowFunc}, computed in float64 as Go's math.Pow. */
    public static final Function POW = Function.builder("pow")
            .parameter(Parameter.of("num", Type.NUMBER))
            .parameter(Parameter.of("power", Type.NUMBER))
            .returns(Type.NUMBER)
            .summary("Calculates an exponent, by raising its first argument to the power of the second argument.")
            .description("Computed with 64-bit floating point as Terraform and Packer do, so"
                    + " pow(2, 0.5) is 1.4142135623730951.")
            .implementation((args, rt) ->
                    Value.number(Go.fromDouble(Math.pow(Go.toDouble(args.get(0)), Go.toDouble(args.get(1))))))
            .build();

    /** {@code max(numbers...)}: cty's {@code MaxFunc}. */
    public static final Function MAX = Function.builder("max")
            .variadic(Parameter.of("numbers", Type.NUMBER).allowingDynamicType())
            .returns(Type.NUMBER)
            .summary("Returns the largest number from a given set of numbers.")
            .description("At least one number is required; pass a list with the expansion symbol:" + " max([1, 2]...).")
            .implementation((args, rt) -> extreme(args, 1))
            .build();

    /** {@code min(numbers...)}: cty's {@code MinFunc}. */
    public static final Function MIN = Function.builder("min")
            .variadic(Parameter.of("numbers", Type.NUMBER).allowingDynamicType())
            .returns(Type.NUMBER)
            .summary("Returns the smallest number from a given set of numbers.")
            .description("At least one number is required; pass a list with the expansion symbol:" + " min([1, 2]...).")
            .implementation((args, rt) -> extreme(args, -1))
            .build();

    /** {@code parseint(number, base)}: cty's {@code ParseIntFunc}. */
    public static final Function PARSEINT = Function.builder("parseint")
            .parameter(Parameter.of("number", Type.ANY))
            .parameter(Parameter.of("base", Type.NUMBER))
            .returns(Type.NUMBER, NumericFunctions::parseintType)
            .summary("Parses the given string as a representation of an integer in the specified base"
                    + " and returns the resulting number. The base must be between 2 and 62 inclusive.")
            .description("Digits are 0-9, then a-z; for bases up to 36 letters may be either case,"
                    + " above 36 upper-case letters are the digits 36 to 61. A leading + or - is"
                    + " allowed.")
            .implementation(NumericFunctions::parseint)
            .build();

    /** {@code signum(num)}: cty's {@code SignumFunc}. */
    public static final Function SIGNUM = Function.builder("signum")
            .parameter(Parameter.of("num", Type.NUMBER))
            .returns(Type.NUMBER)
            .summary("Returns the sign of a number: -1, 0 or 1.")
            .description("Like cty, the number must be a whole number that fits in 64 bits.")
            .implementation((args, rt) -> Value.number(Long.signum(Go.toLong(args.get(0), -1))))
            .build();

    /** All functions of this family. */
    public static List<Function> all() {
        return List.of(ABS, CEIL, FLOOR, LOG, MAX, MIN, PARSEINT, POW, SIGNUM);
    }

    private static BigDecimal number(Value value) {
        return ((NumberValue) value).value();
    }

    private static Value extreme(List<Value> args, int sign) throws FunctionException {
        if (args.isEmpty()) {
            throw FunctionException.of("must pass at least one number");
        }
        BigDecimal best = number(args.get(0));
        for (Value arg : args) {
            if (number(arg).compareTo(best) * sign > 0) {
                best = number(arg);
            }
        }
        return Value.number(best);
    }

    private static Type parseintType(List<Value> args) throws FunctionException {
        if (!args.get(0).type().equals(Type.STRING)) {
            throw FunctionException.argument(
                    0,
                    "first argument must be a string, not " + args.get(0).type().friendlyName());
        }
        return Type.NUMBER;
    }

    private static Value parseint(List<Value> args, Type returnType) throws FunctionException {
        String text = ((StringValue) args.get(0)).value();
        long base = Go.toLong(args.get(1), 1);
        if (base < 2 || base > 62) {
            throw FunctionException.argument(1, "base must be a whole number between 2 and 62 inclusive");
        }
        BigInteger parsed = parseBigInt(text, (int) base);
        if (parsed == null) {
            throw FunctionException.argument(
                    0, "cannot parse " + GoText.quote(text) + " as a base " + base + " integer");
        }
        return Value.number(new BigDecimal(parsed));
    }

    /** Go's {@code big.Int.SetString} for an explicit base; null where Go reports failure. */
    static BigInteger parseBigInt(String text, int base) {
        int start = 0;
        boolean negative = false;
        if (!text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-')) {
            negative = text.charAt(0) == '-';
            start = 1;
        }
        if (start == text.length()) {
            return null;
        }
        BigInteger result = BigInteger.ZERO;
        BigInteger bigBase = BigInteger.valueOf(base);
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit;
            if (c >= '0' && c <= '9') {
                digit = c - '0';
            } else if (c >= 'a' && c <= 'z') {
                digit = c - 'a' + 10;
            } else if (c >= 'A' && c <= 'Z') {
                digit = base <= 36 ? c - 'A' + 10 : c - 'A' + 36;
            } else {
                return null;
            }
            if (digit >= base) {
                return null;
            }
            result = result.multiply(bigBase).add(BigInteger.valueOf(digit));
        }
        return negative ? result.negate() : result;
    }
}
