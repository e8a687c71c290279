package dev.kiln.stdlib.render;

import dev.kiln.stdlib.go.GoText;
import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.Mark;
import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Prints a value the way {@code packer console} does (Packer's {@code PrintableCtyValue}, which
 * goes through {@code hcl2shim} and the old Terraform {@code repl.FormatResult}).
 *
 * <p>A top-level string is printed bare, nested strings with Go quoting; whole numbers that fit
 * in 64 bits are printed exactly, other numbers as a Go float64 with {@code %g}; lists, sets and
 * tuples as {@code [ ... ]} with a trailing comma per element; maps and objects as {@code { "k"
 * = v }}; anything containing an unknown value as {@code <unknown>}.
 */
public final class ConsoleFormat {

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private ConsoleFormat() {}

    /** The console text for {@code value}. */
    public static String format(Value value, RenderOptions options) {
        if (!value.isWhollyKnown()) {
            return "<unknown>";
        }
        return format(value, options, false);
    }

    private static String format(Value value, RenderOptions options, boolean nested) {
        if (value.hasMark(Mark.SENSITIVE) && options.sensitivePlaceholder().isPresent()) {
            return options.sensitivePlaceholder().get();
        }
        if (value.isNull()) {
            return "null";
        }
        if (value instanceof StringValue) {
            String text = ((StringValue) value).value();
            return nested ? GoText.quote(text) : text;
        }
        if (value instanceof NumberValue) {
            BigDecimal number = ((NumberValue) value).value();
            boolean fitsLong = ((NumberValue) value).isWhole()
                    && number.compareTo(LONG_MIN) >= 0
                    && number.compareTo(LONG_MAX) <= 0;
            return fitsLong ? number.toBigIntegerExact().toString() : GoText.formatG(number);
        }
        if (value instanceof BoolValue) {
            return Boolean.toString(((BoolValue) value).value());
        }
        List<Value> elements = Containers.sequence(value);
        if (elements != null) {
            StringBuilder out = new StringBuilder("[");
            if (!elements.isEmpty()) {
                out.append('\n');
            }
            for (Value element : elements) {
                out.append(Containers.indent(format(element, options, true))).append(",\n");
            }
            return out.append(']').toString();
        }
        Map<String, Value> entries = Containers.entries(value);
        StringBuilder out = new StringBuilder("{");
        if (!entries.isEmpty()) {
            out.append('\n');
        }
        entries.forEach((key, element) -> out.append(
                        Containers.indent(GoText.quote(key) + " = " + format(element, options, true)))
                .append('\n'));
        return out.append('}').toString();
    }
}
