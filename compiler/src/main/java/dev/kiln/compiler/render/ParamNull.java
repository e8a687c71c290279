package dev.kiln.compiler.render;

import com.hubspot.jinjava.util.HasObjectTruthValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON {@code null} from a parameter file, as templates see it. Jinjava treats a Java null the
 * same as an undefined name, so without this stand-in the {@code hcl} filter could not tell
 * {@code "x": null} from a misspelt {@code params.y}; it is false in tests and prints as {@code null}.
 */
final class ParamNull implements HasObjectTruthValue {

    static final ParamNull INSTANCE = new ParamNull();

    private ParamNull() {}

    @Override
    public boolean getObjectTruthValue() {
        return false;
    }

    @Override
    public String toString() {
        return "null";
    }

    /** {@code value} with every null replaced by {@link #INSTANCE}. */
    static Object wrap(Object value) {
        if (value == null) return INSTANCE;
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), wrap(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) out.add(wrap(item));
            return out;
        }
        return value;
    }

    /** {@code value} with every {@link #INSTANCE} replaced by null, for writing literals. */
    static Object unwrap(Object value) {
        if (value == INSTANCE) return null;
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), unwrap(v)));
            return out;
        }
        if (value instanceof Iterable<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object item : list) out.add(unwrap(item));
            return out;
        }
        return value;
    }
}
