package dev.kiln.compiler.decode;

import dev.kiln.compiler.schema.AttributeSchema;
import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decoded body with every argument evaluated and converted to its schema type: what plugins and
 * validation rules read. Unset arguments read as their default, else as a typed null.
 */
public record CheckedBody(
        DecodedBody decoded,
        Map<String, Value> values,
        Map<String, List<CheckedBody>> nested,
        SourceRange definitionRange)
        implements ConfigView {

    public CheckedBody {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        nested = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nested));
    }

    @Override
    public boolean isSet(String name) {
        return decoded.attributes().containsKey(name);
    }

    @Override
    public Value value(String name) {
        Value v = values.get(name);
        if (v != null) return v;
        AttributeSchema a = decoded.schema().attribute(name).orElse(null);
        if (a == null) return Value.nullOf(Type.ANY);
        return a.defaultValue() != null ? a.defaultValue().valueFor(this) : Value.nullOf(a.type());
    }

    @Override
    public List<CheckedBody> blocks(String type) {
        return nested.getOrDefault(type, List.of());
    }

    @Override
    public SourceRange rangeOf(String name) {
        return decoded.attribute(name).map(a -> a.expression().range()).orElse(definitionRange);
    }
}
