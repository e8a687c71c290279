package dev.kiln.compiler.render;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Walks a template value (null, booleans, strings, numbers, maps, lists and arrays) and writes it
 * in one literal syntax; {@link HclLiteral} and {@link JsonLiteral} differ only in separators and
 * string quoting.
 */
record LiteralWriter(
        String syntaxName, String keySeparator, String itemSeparator, BiConsumer<StringBuilder, String> quote) {

    /** Deeper values are refused: they are a mistake, and would risk the stack. */
    private static final int MAX_DEPTH = 100;

    String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0);
        return out.toString();
    }

    private void write(StringBuilder out, Object value, int depth) {
        if (depth > MAX_DEPTH)
            throw new IllegalArgumentException("the value is nested more than " + MAX_DEPTH + " levels deep");
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof CharSequence s) {
            quote.accept(out, s.toString());
        } else if (value instanceof Number n) {
            out.append(HclLiteral.number(n));
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> entry = entries.next();
                quote.accept(out, String.valueOf(entry.getKey()));
                out.append(keySeparator);
                write(out, entry.getValue(), depth + 1);
                if (entries.hasNext()) out.append(itemSeparator);
            }
            out.append('}');
        } else if (value instanceof Iterable<?> list) {
            out.append('[');
            Iterator<?> items = list.iterator();
            while (items.hasNext()) {
                write(out, items.next(), depth + 1);
                if (items.hasNext()) out.append(itemSeparator);
            }
            out.append(']');
        } else if (value instanceof Object[] array) {
            write(out, List.of(array), depth);
        } else {
            throw new IllegalArgumentException(
                    "a value of type " + value.getClass().getSimpleName() + " has no " + syntaxName + " form");
        }
    }
}
