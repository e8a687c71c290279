package dev.kiln.stdlib.json;

import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.ListValue;
import dev.kiln.stdlib.value.MapValue;
import dev.kiln.stdlib.value.NullValue;
import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.SetValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.TupleValue;
import dev.kiln.stdlib.value.Value;
import java.util.List;
import java.util.Map;

/**
 * Writes a value as compact JSON exactly as cty's {@code json.Marshal} (and so {@code
 * jsonencode}) does: numbers in full precision without exponent, object keys sorted, strings
 * escaped as Go's {@code encoding/json} escapes them (including {@code <}, {@code >} and
 * {@code &}).
 */
public final class JsonEncoding {

    private JsonEncoding() {}

    /**
     * The JSON text of {@code value}, which must be wholly known; marks are ignored, so callers
     * must decide about sensitive values first.
     *
     * @throws IllegalArgumentException if the value is not wholly known
     */
    public static String encode(Value value) {
        if (!value.isWhollyKnown()) {
            throw new IllegalArgumentException("value is not known");
        }
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Value value, StringBuilder out) {
        if (value instanceof NullValue) {
            out.append("null");
        } else if (value instanceof StringValue) {
            writeString(((StringValue) value).value(), out);
        } else if (value instanceof NumberValue) {
            out.append(((NumberValue) value).text());
        } else if (value instanceof BoolValue) {
            out.append(((BoolValue) value).value());
        } else if (value instanceof ListValue) {
            writeArray(((ListValue) value).elements(), out);
        } else if (value instanceof SetValue) {
            writeArray(((SetValue) value).elements(), out);
        } else if (value instanceof TupleValue) {
            writeArray(((TupleValue) value).elements(), out);
        } else if (value instanceof MapValue) {
            writeObject(((MapValue) value).entries(), out);
        } else if (value instanceof ObjectValue) {
            writeObject(((ObjectValue) value).attributes(), out);
        } else {
            throw new AssertionError(value);
        }
    }

    private static void writeArray(List<Value> elements, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            write(elements.get(i), out);
        }
        out.append(']');
    }

    private static void writeObject(Map<String, Value> entries, StringBuilder out) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Value> entry : entries.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(entry.getKey(), out);
            out.append(':');
            write(entry.getValue(), out);
        }
        out.append('}');
    }

    /** Appends {@code text} as a JSON string with Go's escaping rules. */
    static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
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
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                default:
                    // Go escapes HTML-significant characters and the JavaScript line separators too.
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c) && !validSurrogatePair(text, i)) {
                        out.append("\ufffd");
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    private static boolean validSurrogatePair(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
