package dev.kiln.stdlib.testing;

import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.json.JsonDecoding;
import dev.kiln.stdlib.json.JsonEncoding;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Mark;
import dev.kiln.stdlib.value.Marks;
import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A one-line notation for values in golden files.
 *
 * <p>Input: JSON (cty's implied types), optionally {@code JSON as TYPE} (converted first), or
 * {@code unknown(TYPE)}, {@code null(TYPE)}; a {@code sensitive } prefix marks the value.
 * Output: JSON-like text with {@code (unknown)} for unknown values, {@code (sensitive)} after
 * marked values, then {@code  : TYPE}.
 */
public final class ValueNotation {

    private ValueNotation() {}

    /** Parses the input notation. */
    public static Value parse(String text) {
        text = text.trim();
        if (text.startsWith("sensitive ")) {
            return parse(text.substring("sensitive ".length())).mark(Mark.SENSITIVE);
        }
        if (text.startsWith("unknown(") && text.endsWith(")")) {
            return Value.unknown(TypeSyntax.parse(text.substring(8, text.length() - 1)));
        }
        if (text.startsWith("null(") && text.endsWith(")")) {
            return Value.nullOf(TypeSyntax.parse(text.substring(5, text.length() - 1)));
        }
        int as = text.lastIndexOf(" as ");
        if (as > 0) {
            Value raw = parse(text.substring(0, as));
            return Conversion.convert(raw, TypeSyntax.parse(text.substring(as + 4)))
                    .value();
        }
        JsonDecoding.Result result = JsonDecoding.decode(text);
        if (result instanceof JsonDecoding.Result.Invalid) {
            throw new IllegalArgumentException(text + ": " + ((JsonDecoding.Result.Invalid) result).message());
        }
        return ((JsonDecoding.Result.Decoded) result).value();
    }

    /** Formats a value with its type. */
    public static String format(Value value) {
        return body(value) + " : " + value.type();
    }

    private static String body(Value value) {
        String marks = value.marks().isEmpty() ? "" : " " + marks(value.marks());
        if (!value.isKnown()) {
            return "(unknown)" + marks;
        }
        if (value.isNull()) {
            return "null" + marks;
        }
        if (value instanceof StringValue || value instanceof NumberValue || value.type() == Type.BOOL) {
            return JsonEncoding.encode(value.unmark()) + marks;
        }
        List<Value> elements = sequence(value);
        if (elements != null) {
            return elements.stream().map(ValueNotation::body).collect(Collectors.joining(",", "[", "]")) + marks;
        }
        Map<String, Value> entries = entries(value);
        return entries.entrySet().stream()
                        .map(e -> JsonEncoding.encode(Value.string(e.getKey())) + ":" + body(e.getValue()))
                        .collect(Collectors.joining(",", "{", "}"))
                + marks;
    }

    private static String marks(Marks marks) {
        return marks.set().stream().map(m -> "(" + m.name() + ")").sorted().collect(Collectors.joining(" "));
    }

    private static List<Value> sequence(Value value) {
        if (value instanceof dev.kiln.stdlib.value.ListValue) {
            return ((dev.kiln.stdlib.value.ListValue) value).elements();
        }
        if (value instanceof dev.kiln.stdlib.value.SetValue) {
            return ((dev.kiln.stdlib.value.SetValue) value).elements();
        }
        if (value instanceof dev.kiln.stdlib.value.TupleValue) {
            return ((dev.kiln.stdlib.value.TupleValue) value).elements();
        }
        return null;
    }

    private static Map<String, Value> entries(Value value) {
        if (value instanceof dev.kiln.stdlib.value.MapValue) {
            return ((dev.kiln.stdlib.value.MapValue) value).entries();
        }
        return ((dev.kiln.stdlib.value.ObjectValue) value).attributes();
    }
}
