package dev.kiln.compiler.render;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a template value as an HCL literal expression: strings quoted and escaped (so {@code ${}
 * and {@code %{} stay text), lists as tuples, maps as objects, numbers, booleans and null. What the
 * {@code hcl} filter prints, so no parameter value can inject HCL.
 */
public final class HclLiteral {

    private HclLiteral() {}

    /** The literal for {@code value}; throws {@link IllegalArgumentException} for values HCL cannot hold. */
    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, int depth) {
        if (depth > 100) throw new IllegalArgumentException("the value is nested more than 100 levels deep");
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof CharSequence s) {
            quote(out, s.toString());
        } else if (value instanceof Number n) {
            out.append(number(n));
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> entry = entries.next();
                quote(out, String.valueOf(entry.getKey()));
                out.append(" = ");
                write(out, entry.getValue(), depth + 1);
                if (entries.hasNext()) out.append(", ");
            }
            out.append('}');
        } else if (value instanceof Iterable<?> list) {
            out.append('[');
            Iterator<?> items = list.iterator();
            while (items.hasNext()) {
                write(out, items.next(), depth + 1);
                if (items.hasNext()) out.append(", ");
            }
            out.append(']');
        } else if (value instanceof Object[] array) {
            write(out, List.of(array), depth);
        } else {
            throw new IllegalArgumentException("a value of type " + value.getClass().getSimpleName() + " has no HCL form");
        }
    }

    /** Numbers in plain decimal notation, which HCL reads exactly (no NaN or infinity in HCL). */
    static String number(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte || n instanceof BigInteger) {
            return n.toString();
        }
        if (n instanceof BigDecimal d) return plain(d);
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) throw new IllegalArgumentException(d + " is not a number HCL can hold");
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
