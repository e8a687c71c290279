package dev.kiln.stdlib.render;

import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.Mark;
import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.util.List;
import java.util.Map;

/**
 * Prints a value as an HCL expression that evaluates back to it (up to collection kinds), laid
 * out as Terraform's console does: one element per line, two-space indentation.
 *
 * <p>Strings are quoted with HCL escapes (including {@code $${} and {@code %%{}), numbers are
 * exact, unknown values print as {@code (known after build)}.
 */
public final class HclFormat {

    private HclFormat() {}

    /** The HCL text for {@code value}. */
    public static String format(Value value, RenderOptions options) {
        if (value.hasMark(Mark.SENSITIVE) && options.sensitivePlaceholder().isPresent()) {
            return options.sensitivePlaceholder().get();
        }
        if (!value.isKnown()) {
            return "(known after build)";
        }
        if (value.isNull()) {
            return "null";
        }
        if (value instanceof StringValue) {
            return quote(((StringValue) value).value());
        }
        if (value instanceof NumberValue) {
            return ((NumberValue) value).text();
        }
        if (value instanceof BoolValue) {
            return Boolean.toString(((BoolValue) value).value());
        }
        List<Value> elements = Containers.sequence(value);
        if (elements != null) {
            if (elements.isEmpty()) {
                return "[]";
            }
            StringBuilder out = new StringBuilder("[\n");
            elements.forEach(
                    e -> out.append(Containers.indent(format(e, options))).append(",\n"));
            return out.append(']').toString();
        }
        Map<String, Value> entries = Containers.entries(value);
        if (entries.isEmpty()) {
            return "{}";
        }
        StringBuilder out = new StringBuilder("{\n");
        entries.forEach((key, element) -> out.append(Containers.indent(quote(key) + " = " + format(element, options)))
                .append('\n'));
        return out.append('}').toString();
    }

    /** {@code text} as an HCL quoted string literal. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
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
                case '$':
                case '%':
                    // "${" and "%{" would start an interpolation or directive; HCL escapes them by doubling.
                    out.append(c);
                    if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
                        out.append(c);
                    }
                    break;
                default:
                    if (c < 0x20 || c == 0x7F) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append('"').toString();
    }
}
