package dev.kiln.compiler.render;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Writes a template value as an HCL literal expression: strings quoted and escaped (so {@code ${}
 * and {@code %{} stay text), lists as tuples, maps as objects, numbers, booleans and null. What the
 * {@code hcl} filter prints, so no parameter value can inject HCL.
 */
public final class HclLiteral {

    private static final LiteralWriter WRITER = new LiteralWriter("HCL", " = ", ", ", HclLiteral::quote);

    private HclLiteral() {}

    /** The literal for {@code value}; throws {@link IllegalArgumentException} for values HCL cannot hold. */
    public static String of(Object value) {
        return WRITER.write(value);
    }

    /** Numbers in plain decimal notation, which HCL reads exactly (no NaN or infinity in HCL). */
    static String number(Number n) {
        if (n instanceof Long
                || n instanceof Integer
                || n instanceof Short
                || n instanceof Byte
                || n instanceof BigInteger) {
            return n.toString();
        }
        if (n instanceof BigDecimal d) return plain(d);
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d))
            throw new IllegalArgumentException(d + " is not a number HCL can hold");
        return plain(new BigDecimal(Double.toString(d)));
    }

    private static String plain(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.scale() < 0) stripped = stripped.setScale(0);
        return stripped.toPlainString();
    }

    /** A quoted HCL string; {@code ${} and {@code %{} are doubled so they are text, not templates. */
    static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$', '%' -> {
                    out.append(c);
                    if (i + 1 < s.length() && s.charAt(i + 1) == '{') out.append(c);
                }
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
