package dev.kiln.cli;

import dev.kiln.stdlib.render.HclFormat;
import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.ListValue;
import dev.kiln.stdlib.value.MapValue;
import dev.kiln.stdlib.value.Mark;
import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.SetValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.TupleValue;
import dev.kiln.stdlib.value.Value;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Packer's {@code PrintableCtyValue} inside Go's {@code %q}: strings bare, {@code <unknown>},
 * {@code <sensitive>}, collections as HCL ({@code ["a", "b"]}, objects one attribute a line), then
 * quoted with Go escapes so a value always stays on one line.
 */
final class PrintableValue {

    private PrintableValue() {}

    /** The value as {@code var.NAME: %q} prints it. */
    static String quoted(Value value) {
        return goQuote(printable(value));
    }

    static String printable(Value value) {
        if (value.hasMark(Mark.SENSITIVE)) return "<sensitive>";
        if (!value.isKnown()) return "<unknown>";
        if (value.unmark() instanceof StringValue s) return s.value();
        return hcl(value, "");
    }

    private static String hcl(Value value, String indent) {
        if (value.hasMark(Mark.SENSITIVE)) return "<sensitive>";
        Value v = value.unmark();
        if (!v.isKnown()) return "<unknown>";
        if (v.isNull()) return "null";
        if (v instanceof StringValue s) return HclFormat.quote(s.value());
        if (v instanceof NumberValue n) return n.text();
        if (v instanceof BoolValue b) return Boolean.toString(b.value());
        List<Value> items = v instanceof ListValue l
                ? l.elements()
                : v instanceof TupleValue t ? t.elements() : v instanceof SetValue s ? s.elements() : null;
        if (items != null) return items.stream().map(e -> hcl(e, indent)).collect(Collectors.joining(", ", "[", "]"));
        Map<String, Value> entries =
                v instanceof MapValue m ? m.entries() : v instanceof ObjectValue o ? o.attributes() : Map.of();
        if (entries.isEmpty()) return "{}";
        StringBuilder out = new StringBuilder("{\n");
        entries.forEach((k, e) -> out.append(indent)
                .append("  ")
                .append(k)
                .append(" = ")
                .append(hcl(e, indent + "  "))
                .append('\n'));
        return out.append(indent).append('}').toString();
    }

    /** Go's strconv.Quote for the characters templates hold. */
    static String goQuote(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
