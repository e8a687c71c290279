package dev.kiln.stdlib.value;

import java.util.Map;

/** The canonical text cty hashes to place a value in a set (see {@code cty/set_internals.go}). */
final class SetHashText {

    private SetHashText() {}

    static String of(Value value) {
        StringBuilder out = new StringBuilder();
        append(value, out);
        return out.toString();
    }

    private static void append(Value value, StringBuilder out) {
        if (value instanceof UnknownValue) {
            out.append('?');
        } else if (value instanceof NullValue) {
            out.append('~');
        } else if (value instanceof NumberValue) {
            out.append(((NumberValue) value).text());
        } else if (value instanceof BoolValue) {
            out.append(((BoolValue) value).value() ? 'T' : 'F');
        } else if (value instanceof StringValue) {
            out.append('"')
                    .append(((StringValue) value).value().replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        } else if (value instanceof MapValue) {
            out.append('{');
            for (Map.Entry<String, Value> entry : ((MapValue) value).entries().entrySet()) {
                append(Value.string(entry.getKey()), out);
                out.append(':');
                append(entry.getValue(), out);
                out.append(';');
            }
            out.append('}');
        } else if (value instanceof ListValue) {
            appendSequence(((ListValue) value).elements(), out);
        } else if (value instanceof SetValue) {
            appendSequence(((SetValue) value).elements(), out);
        } else if (value instanceof TupleValue) {
            appendSequence(((TupleValue) value).elements(), out);
        } else if (value instanceof ObjectValue) {
            out.append('<');
            for (Value attribute : ((ObjectValue) value).attributes().values()) {
                append(attribute, out);
                out.append(';');
            }
            out.append('>');
        } else {
            throw new AssertionError(value);
        }
    }

    private static void appendSequence(Iterable<Value> elements, StringBuilder out) {
        out.append('[');
        for (Value element : elements) {
            append(element, out);
            out.append(';');
        }
        out.append(']');
    }
}
