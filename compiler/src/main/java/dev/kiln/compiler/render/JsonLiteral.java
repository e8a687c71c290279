package dev.kiln.compiler.render;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Writes a template value as compact JSON: what the {@code json} filter prints. */
public final class JsonLiteral {

    private JsonLiteral() {}

    /** The JSON text for {@code value}; throws {@link IllegalArgumentException} for values JSON cannot hold. */
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
            out.append(HclLiteral.number(n));
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> entry = entries.next();
                quote(out, String.valueOf(entry.getKey()));
                out.append(':');
                write(out, entry.getValue(), depth + 1);
                if (entries.hasNext()) out.append(',');
            }
            out.append('}');
        } else if (value instanceof Iterable<?> list) {
            out.append('[');
            Iterator<?> items = list.iterator();
            while (items.hasNext()) {
                write(out, items.next(), depth + 1);
                if (items.hasNext()) out.append(',');
            }
            out.append(']');
        } else if (value instanceof Object[] array) {
            write(out, List.of(array), depth);
        } else {
            throw new IllegalArgumentException("a value of type " + value.getClass().getSimpleName() + " has no JSON form");
        }
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
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
