package dev.kiln.stdlib.go;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Go's {@code %q} and {@code %g} formatting, which Packer's console output is built from. */
public final class GoText {

    private GoText() {}

    /** {@code text} as Go's {@code strconv.Quote} writes it. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case 0x07:
                    out.append("\\a");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case 0x0B:
                    out.append("\\v");
                    break;
                default:
                    if (c < 0x20 || c == 0x7F) {
                        out.append(String.format("\\x%02x", c));
                    } else if (!isPrintable(c)) {
                        out.append(c > 0xFFFF ? String.format("\\U%08x", c) : String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
            }
        });
        return out.append('"').toString();
    }

    private static boolean isPrintable(int c) {
        int type = Character.getType(c);
        return type != Character.CONTROL
                && type != Character.FORMAT
                && type != Character.UNASSIGNED
                && type != Character.SURROGATE
                && type != Character.PRIVATE_USE
                && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR
                && (type != Character.SPACE_SEPARATOR || c == ' ');
    }

    /**
     * {@code value} rounded to a float64 and printed as Go's {@code %g}: the shortest digits that
     * read back as the same float64, in exponent form when the exponent is below -4 or at least 6.
     */
    public static String formatG(BigDecimal value) {
        double d = value.doubleValue();
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        if (d == 0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = exact;
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == d) {
                shortest = candidate;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        int exponent = shortest.precision() - shortest.scale() - 1;
        // Go uses %e when exp < -4 || exp >= eprec, and eprec is 6 for the shortest format.
        if (exponent < -4 || exponent >= 6) {
            String digits = shortest.unscaledValue().abs().toString();
            StringBuilder out = new StringBuilder(shortest.signum() < 0 ? "-" : "");
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            out.append('e').append(exponent < 0 ? '-' : '+');
            int abs = Math.abs(exponent);
            out.append(abs < 10 ? "0" + abs : Integer.toString(abs));
            return out.toString();
        }
        return shortest.toPlainString();
    }
}
