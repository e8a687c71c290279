package dev.kiln.runtime.plugin;

import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.ListValue;
import dev.kiln.stdlib.value.MapValue;
import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.SetValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.TupleValue;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed reads of one plugin block's evaluated attributes, the way Go's mapstructure sees them: an
 * absent or null attribute is the type's zero value ({@code ""}, {@code false}, empty list), so
 * each plugin's decoder applies Packer's defaults on the zero value exactly as the Go code does.
 * Marks are dropped here: masking sensitive values is the Ui's job, the plugin needs the text.
 */
public final class ConfigValues {

    private final Function<String, Value> lookup;

    private ConfigValues(Function<String, Value> lookup) {
        this.lookup = lookup;
    }

    /** The attributes of a block as the evaluator returns them. */
    public static ConfigValues of(Map<String, ? extends Value> attributes) {
        return new ConfigValues(attributes::get);
    }

    /** Attributes read through any lookup (e.g. the compiler's {@code ConfigView::value}). */
    public static ConfigValues from(Function<String, Value> lookup) {
        return new ConfigValues(lookup);
    }

    private Optional<Value> known(String name) {
        Value v = lookup.apply(name);
        if (v == null || !v.isKnown() || v.isNull()) return Optional.empty();
        v = v.unmarkDeep();
        return v.isNull() ? Optional.empty() : Optional.of(v);
    }

    /** A string attribute; {@code ""} when unset. */
    public String string(String name) {
        return known(name).map(ConfigValues::text).orElse("");
    }

    /** A bool attribute; false when unset. */
    public boolean bool(String name) {
        Optional<Value> v = known(name);
        if (v.isEmpty()) return false;
        if (v.get() instanceof BoolValue b) return b.value();
        return Boolean.parseBoolean(text(v.get()));
    }

    /** A whole-number attribute; {@code fallback} when unset. */
    public long number(String name, long fallback) {
        Optional<Value> v = known(name);
        if (v.isEmpty()) return fallback;
        if (v.get() instanceof NumberValue n) return n.value().longValue();
        return Long.parseLong(text(v.get()).trim());
    }

    /** Whether the attribute is set to a non-null, known value. */
    public boolean isSet(String name) {
        return known(name).isPresent();
    }

    /** A list-of-strings attribute; empty when unset. */
    public List<String> stringList(String name) {
        List<String> out = new ArrayList<>();
        for (Value element : elements(name)) out.add(text(element));
        return List.copyOf(out);
    }

    /** A list-of-numbers attribute; empty when unset. */
    public List<Integer> intList(String name) {
        List<Integer> out = new ArrayList<>();
        for (Value element : elements(name)) {
            out.add(element instanceof NumberValue n ? n.value().intValue() : Integer.parseInt(text(element).trim()));
        }
        return List.copyOf(out);
    }

    /** A map-of-strings attribute in key order; empty when unset. */
    public Map<String, String> stringMap(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        Optional<Value> v = known(name);
        if (v.isPresent() && v.get() instanceof MapValue m) {
            m.entries().forEach((k, e) -> out.put(k, text(e)));
        } else if (v.isPresent() && v.get() instanceof ObjectValue o) {
            o.attributes().forEach((k, e) -> out.put(k, text(e)));
        }
        return out;
    }

    private List<Value> elements(String name) {
        Optional<Value> v = known(name);
        if (v.isEmpty()) return List.of();
        Value plain = v.get();
        if (plain instanceof ListValue l) return l.elements();
        if (plain instanceof SetValue s) return s.elements();
        if (plain instanceof TupleValue t) return t.elements();
        return List.of(plain);
    }

    private static String text(Value v) {
        if (v instanceof StringValue s) return s.value();
        if (v instanceof NumberValue n) return n.value().stripTrailingZeros().toPlainString();
        if (v instanceof BoolValue b) return Boolean.toString(b.value());
        if (v.isNull()) return "";
        return v.toString();
    }
}
