package dev.kiln.stdlib.go;

import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.function.FunctionException;
import dev.kiln.stdlib.function.ValueLimits;
import dev.kiln.stdlib.json.JsonEncoding;
import dev.kiln.stdlib.text.GraphemeClusters;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code format} verb language, ported from cty's {@code format_fsm.rl} and {@code
 * format.go}, including the parts cty delegates to Go's {@code fmt} with {@code big.Float} and
 * {@code big.Int} operands. Offsets in messages are UTF-8 byte offsets, as cty reports them.
 */
public final class GoFormat {

    /** cty parses number literals into 512-bit binary floats; rounding follows from that. */
    private static final int MANTISSA_BITS = 512;

    /** More significant digits than a 512-bit mantissa can distinguish. */
    private static final int SHORTEST_DIGIT_CAP = 155;

    private GoFormat() {}

    /** One parsed {@code %...} sequence. */
    private static final class Verb {
        String raw;
        int offset;
        int argNum;
        char mode;
        boolean zero;
        boolean sharp;
        boolean plus;
        boolean minus;
        boolean space;
        boolean hasWidth;
        int width;
        boolean hasPrec;
        int prec;
    }

    /** The largest precision kiln rounds numbers to (digits after the point, or significant digits). */
    static final int MAX_PRECISION = 100_000;

    /** Formats {@code args} (wholly known, unmarked) according to {@code format}. */
    public static String format(String format, List<Value> args) throws FunctionException {
        StringBuilder out = new StringBuilder();
        int nextArg = 1;
        int highestArg = 0;
        int i = 0;
        int n = format.length();
        while (i < n) {
            int c = format.codePointAt(i);
            if (c != '%') {
                out.appendCodePoint(c);
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i++;
            if (i < n && format.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            Verb verb = new Verb();
            verb.argNum = nextArg;
            verb.offset = byteOffset(format, start);
            // Flags.
            while (i < n && "0#-+ ".indexOf(format.charAt(i)) >= 0) {
                char f = format.charAt(i++);
                if (f == '0') {
                    verb.zero = true;
                } else if (f == '#') {
                    verb.sharp = true;
                } else if (f == '-') {
                    verb.minus = true;
                } else if (f == '+') {
                    verb.plus = true;
                } else {
                    verb.space = true;
                }
            }
            // Explicit argument index: '[' [1-9][0-9]* ']'.
            if (i < n && format.charAt(i) == '[') {
                i++;
                expect(format, i);
                verb.argNum = 0;
                while (i < n && isDigit(format.charAt(i))) {
                    verb.argNum = saturate(verb.argNum, format.charAt(i++));
                }
                if (i >= n) {
                    throw invalidAt(format, i);
                }
                if (format.charAt(i) != ']') {
                    throw unrecognized(format, i);
                }
                i++;
            }
            // Width: [1-9][0-9]* (a leading zero was taken as a flag).
            if (i < n && format.charAt(i) >= '1' && format.charAt(i) <= '9') {
                verb.hasWidth = true;
                while (i < n && isDigit(format.charAt(i))) {
                    verb.width = saturate(verb.width, format.charAt(i++));
                }
            }
            // Precision: '.' [0-9]*.
            if (i < n && format.charAt(i) == '.') {
                verb.hasPrec = true;
                i++;
                while (i < n && isDigit(format.charAt(i))) {
                    verb.prec = saturate(verb.prec, format.charAt(i++));
                }
            }
            if (i >= n) {
                throw invalidAt(format, i);
            }
            checkBounds(verb, format.substring(start, i));
            char mode = format.charAt(i);
            if (!(mode >= 'a' && mode <= 'z' || mode >= 'A' && mode <= 'Z')) {
                throw unrecognized(format, i);
            }
            i++;
            verb.mode = mode;
            verb.raw = format.substring(start, i);
            append(verb, out, args);
            if (out.length() > ValueLimits.MAX_STRING_LENGTH) throw ValueLimits.stringTooLong(out.length());
            nextArg = verb.argNum + 1;
            highestArg = Math.max(highestArg, verb.argNum);
        }
        if (highestArg < args.size()) {
            // Unused arguments are most likely a mistake, so cty reports them.
            int firstBad = highestArg + 1;
            if (highestArg == 0) {
                throw FunctionException.argument(firstBad, "too many arguments; no verbs in format string");
            }
            throw FunctionException.argument(
                    firstBad, "too many arguments; only " + highestArg + " used by format string");
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Go pads and rounds to any width and precision; kiln refuses what would exhaust memory or CPU. */
    private static void checkBounds(Verb verb, String spec) throws FunctionException {
        if (verb.width > ValueLimits.MAX_STRING_LENGTH) {
            throw FunctionException.argument(
                    0,
                    "the width of " + spec + " is more than kiln's limit of " + ValueLimits.MAX_STRING_LENGTH
                            + " characters");
        }
        if (verb.prec > MAX_PRECISION) {
            throw FunctionException.argument(
                    0, "the precision of " + spec + " is more than kiln's limit of " + MAX_PRECISION);
        }
    }

    private static int saturate(int value, char digit) {
        long next = value * 10L + (digit - '0');
        return next > Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE / 2 : (int) next;
    }

    /** The argument index must start with a non-zero digit. */
    private static void expect(String format, int i) throws FunctionException {
        if (i >= format.length()) {
            throw invalidAt(format, i);
        }
        char c = format.charAt(i);
        if (!(c >= '1' && c <= '9')) {
            throw unrecognized(format, i);
        }
    }

    private static FunctionException invalidAt(String format, int i) {
        return FunctionException.of("invalid format string starting at offset " + byteOffset(format, i));
    }

    private static FunctionException unrecognized(String format, int i) {
        int c = format.codePointAt(i);
        return FunctionException.of(
                "unrecognized format character " + quoteRune(c) + " at offset " + byteOffset(format, i));
    }

    private static int byteOffset(String text, int charIndex) {
        return text.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
    }

    private static void append(Verb verb, StringBuilder out, List<Value> args) throws FunctionException {
        int index = verb.argNum - 1;
        if (index >= args.size()) {
            throw FunctionException.of(String.format(
                    "not enough arguments for %s at %d: need index %d but have %d total",
                    quote(verb.raw), verb.offset, verb.argNum, args.size()));
        }
        Value arg = args.get(index);
        if (verb.mode != 'v' && arg.isNull()) {
            throw unsupported(verb, "null value cannot be formatted");
        }
        switch (verb.mode) {
            case 'v':
                out.append(asIs(verb, arg));
                return;
            case 't':
                out.append(((BoolValue) convert(verb, arg, Type.BOOL)).value() ? "true" : "false");
                return;
            case 'b':
            case 'd':
            case 'o':
            case 'x':
            case 'X':
                out.append(integer(verb, (NumberValue) convert(verb, arg, Type.NUMBER)));
                return;
            case 'e':
            case 'E':
            case 'f':
            case 'g':
            case 'G':
                out.append(floating(verb, ((NumberValue) convert(verb, arg, Type.NUMBER)).value()));
                return;
            case 's':
            case 'q':
                out.append(string(verb, ((StringValue) convert(verb, arg, Type.STRING)).value()));
                return;
            default:
                throw FunctionException.of(String.format(
                        "unsupported format verb %s in %s at offset %d",
                        quoteRune(verb.mode), quote(verb.raw), verb.offset));
        }
    }

    private static FunctionException unsupported(Verb verb, String detail) {
        return FunctionException.of("unsupported value for " + quote(verb.raw) + " at " + verb.offset + ": " + detail);
    }

    private static Value convert(Verb verb, Value arg, Type type) throws FunctionException {
        ConversionResult converted = Conversion.convert(arg, type);
        if (!converted.isSuccess()) {
            throw unsupported(verb, converted.toString());
        }
        return converted.value();
    }

    private static String asIs(Verb verb, Value arg) {
        if (!verb.sharp && !arg.isNull()) {
            if (arg instanceof StringValue) {
                return padWidth(verb, ((StringValue) arg).value());
            }
            if (arg instanceof NumberValue) {
                return padWidth(verb, shortestG(((NumberValue) arg).value(), 'e'));
            }
        }
        return padWidth(verb, JsonEncoding.encode(arg));
    }

    private static String string(Verb verb, String text) {
        // cty measures precision and width in grapheme clusters, unlike Go's fmt.
        if (verb.hasPrec && verb.prec > 0) {
            List<String> clusters = GraphemeClusters.split(text);
            if (clusters.size() > verb.prec) {
                text = String.join("", clusters.subList(0, verb.prec));
            }
        }
        if (verb.mode == 'q') {
            text = JsonEncoding.encode(Value.string(text));
        }
        return padWidth(verb, text);
    }

    private static String padWidth(Verb verb, String text) {
        if (!verb.hasWidth) {
            return text;
        }
        int given = GraphemeClusters.count(text);
        if (given >= verb.width) {
            return text;
        }
        String pads = (verb.zero ? "0" : " ").repeat(verb.width - given);
        return verb.minus ? text + pads : pads + text;
    }

    // ---- integers, as Go's big.Int Format ----

    private static String integer(Verb verb, NumberValue number) throws FunctionException {
        if (!number.isWhole()) {
            throw unsupported(verb, "an integer is required");
        }
        BigInteger value = number.value().toBigIntegerExact();
        char mode = verb.mode;
        int base = mode == 'b' ? 2 : mode == 'o' ? 8 : mode == 'd' ? 10 : 16;
        String sign = value.signum() < 0 ? "-" : verb.plus ? "+" : verb.space ? " " : "";
        String prefix = "";
        if (verb.sharp) {
            prefix = mode == 'b' ? "0b" : mode == 'o' ? "0" : mode == 'x' ? "0x" : mode == 'X' ? "0X" : "";
        }
        String digits = value.abs().toString(base);
        if (mode == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        int zeros = 0;
        if (verb.hasPrec) {
            if (digits.length() < verb.prec) {
                zeros = verb.prec - digits.length();
            } else if (digits.equals("0") && verb.prec == 0) {
                return "";
            }
        }
        int left = 0;
        int right = 0;
        int length = sign.length() + prefix.length() + zeros + digits.length();
        if (verb.hasWidth && length < verb.width) {
            int d = verb.width - length;
            if (verb.minus) {
                right = d;
            } else if (verb.zero && !verb.hasPrec) {
                zeros = d;
            } else {
                left = d;
            }
        }
        return " ".repeat(left) + sign + prefix + "0".repeat(zeros) + digits + " ".repeat(right);
    }

    // ---- floating point, as Go's big.Float Format ----

    private static String floating(Verb verb, BigDecimal value) {
        char mode = verb.mode;
        boolean negative = value.signum() < 0;
        String body;
        if ((mode == 'g' || mode == 'G') && !verb.hasPrec) {
            body = shortestG(value.abs(), mode == 'G' ? 'E' : 'e');
        } else {
            BigDecimal exact = toBinary512(value.abs());
            int prec = verb.hasPrec ? verb.prec : 6;
            if (mode == 'f') {
                body = exact.setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
            } else if (mode == 'e' || mode == 'E') {
                body = formatE(digitsOf(exact, prec + 1), prec, mode);
            } else {
                body = formatG(exact, prec, mode == 'G' ? 'E' : 'e');
            }
        }
        String sign = negative ? "-" : verb.plus ? "+" : verb.space ? " " : "";
        int padding = verb.hasWidth ? Math.max(0, verb.width - sign.length() - body.length()) : 0;
        // Go's fmt never sets the zero flag together with minus.
        if (verb.zero && !verb.minus) {
            return sign + "0".repeat(padding) + body;
        }
        if (verb.minus) {
            return sign + body + " ".repeat(padding);
        }
        return " ".repeat(padding) + sign + body;
    }

    /** Decimal digits without trailing zeros and the decimal point position, as Go's decimal. */
    private record Digits(String mant, int exp) {}

    private static Digits digitsOf(BigDecimal abs) {
        if (abs.signum() == 0) {
            return new Digits("", 0);
        }
        BigDecimal stripped = abs.stripTrailingZeros();
        String mant = stripped.unscaledValue().toString();
        return new Digits(mant, mant.length() - stripped.scale());
    }

    /** {@code abs} rounded half-even to {@code significant} digits. */
    private static Digits digitsOf(BigDecimal abs, int significant) {
        if (abs.signum() == 0) {
            return new Digits("", 0);
        }
        return digitsOf(abs.round(new MathContext(Math.max(1, significant), RoundingMode.HALF_EVEN)));
    }

    private static String formatE(Digits d, int prec, char e) {
        StringBuilder out = new StringBuilder();
        out.append(d.mant.isEmpty() ? '0' : d.mant.charAt(0));
        if (prec > 0) {
            out.append('.');
            int end = Math.min(d.mant.length(), prec + 1);
            if (end > 1) {
                out.append(d.mant, 1, end);
            }
            for (int i = Math.max(end, 1); i <= prec; i++) {
                out.append('0');
            }
        }
        out.append(e);
        long exp = d.mant.isEmpty() ? 0 : d.exp - 1L;
        out.append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            out.append('0');
        }
        return out.append(exp).toString();
    }

    private static String formatF(Digits d, int prec) {
        StringBuilder out = new StringBuilder();
        if (d.exp > 0) {
            int m = Math.min(d.mant.length(), d.exp);
            out.append(d.mant, 0, m);
            for (; m < d.exp; m++) {
                out.append('0');
            }
        } else {
            out.append('0');
        }
        if (prec > 0) {
            out.append('.');
            for (int i = 0; i < prec; i++) {
                int at = d.exp + i;
                out.append(at < 0 || at >= d.mant.length() ? '0' : d.mant.charAt(at));
            }
        }
        return out.toString();
    }

    private static String formatG(BigDecimal abs, int prec, char e) {
        if (prec == 0) {
            prec = 1;
        }
        Digits d = digitsOf(abs, prec);
        int eprec = prec;
        if (eprec > d.mant.length() && d.mant.length() >= d.exp) {
            eprec = d.mant.length();
        }
        int exp = d.exp - 1;
        if (exp < -4 || exp >= eprec) {
            return formatE(d, Math.min(prec, d.mant.length()) - 1, e);
        }
        if (prec > d.exp) {
            prec = d.mant.length();
        }
        return formatF(d, Math.max(prec - d.exp, 0));
    }

    /** Go's {@code %g} with the shortest precision, also what {@code %v} uses for numbers. */
    public static String shortestG(BigDecimal value, char e) {
        String sign = value.signum() < 0 ? "-" : "";
        Digits d = digitsOf(value.abs(), SHORTEST_DIGIT_CAP);
        int prec = d.mant.length();
        int exp = d.exp - 1;
        if (d.mant.isEmpty()) {
            return "0";
        }
        if (exp < -4 || exp >= 6) {
            return sign + formatE(d, prec - 1, e);
        }
        if (prec > d.exp) {
            prec = d.mant.length();
        }
        return sign + formatF(d, Math.max(prec - d.exp, 0));
    }

    /**
     * The exact value of the 512-bit binary float nearest to {@code abs} (ties to even), which is
     * what cty holds for a number literal. Decimal rounding is then done on that exact value, so
     * {@code %.1f} of 0.35 gives 0.3 as in Packer.
     */
    public static BigDecimal toBinary512(BigDecimal abs) {
        if (abs.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigInteger unscaled = abs.unscaledValue();
        int scale = abs.scale();
        BigInteger numerator = scale <= 0 ? unscaled.multiply(BigInteger.TEN.pow(-scale)) : unscaled;
        BigInteger denominator = scale <= 0 ? BigInteger.ONE : BigInteger.TEN.pow(scale);
        // Find k with 2^511 <= abs * 2^k < 2^512.
        int k = MANTISSA_BITS - (numerator.bitLength() - denominator.bitLength());
        BigInteger[] qr;
        while (true) {
            BigInteger num = k >= 0 ? numerator.shiftLeft(k) : numerator;
            BigInteger den = k >= 0 ? denominator : denominator.shiftLeft(-k);
            qr = num.divideAndRemainder(den);
            int bits = qr[0].bitLength();
            if (bits > MANTISSA_BITS) {
                k--;
            } else if (bits < MANTISSA_BITS) {
                k++;
            } else {
                int cmp = qr[1].shiftLeft(1).compareTo(den);
                BigInteger m = qr[0];
                if (cmp > 0 || cmp == 0 && m.testBit(0)) {
                    m = m.add(BigInteger.ONE);
                }
                return k >= 0
                        ? new BigDecimal(m.multiply(BigInteger.valueOf(5).pow(k)), k)
                        : new BigDecimal(m.shiftLeft(-k));
            }
        }
    }

    /** Go's {@code %q} of a string (only ever ASCII format text here, but escaped to be safe). */
    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> out.append(escape(c, '"')));
        return out.append('"').toString();
    }

    /** Go's {@code %q} of a rune. */
    private static String quoteRune(int c) {
        return "'" + escape(c, '\'') + "'";
    }

    private static String escape(int c, char quote) {
        if (c == quote || c == '\\') {
            return "\\" + (char) c;
        }
        if (c == '\n') {
            return "\\n";
        }
        if (c == '\t') {
            return "\\t";
        }
        if (c == '\r') {
            return "\\r";
        }
        if (c < 0x20 || c == 0x7f) {
            return String.format("\\x%02x", c);
        }
        if (Character.isISOControl(c) || !Character.isDefined(c)) {
            return c > 0xffff ? String.format("\\U%08x", c) : String.format("\\u%04x", c);
        }
        return new String(Character.toChars(c));
    }
}
