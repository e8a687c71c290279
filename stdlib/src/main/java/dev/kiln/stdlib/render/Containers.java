package dev.kiln.stdlib.render;

import dev.kiln.stdlib.value.ListValue;
import dev.kiln.stdlib.value.MapValue;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.SetValue;
import dev.kiln.stdlib.value.TupleValue;
import dev.kiln.stdlib.value.Value;
import java.util.List;
import java.util.Map;

/** Uniform access to the children of sequence-like and map-like values for the renderers. */
final class Containers {

    private Containers() {}

    /** The elements of a list, set or tuple, or null if {@code value} is not one. */
    static List<Value> sequence(Value value) {
        if (value instanceof ListValue) {
            return ((ListValue) value).elements();
        }
        if (value instanceof SetValue) {
            return ((SetValue) value).elements();
        }
        if (value instanceof TupleValue) {
            return ((TupleValue) value).elements();
        }
        return null;
    }

    /** The entries of a map or object, in key order, or null if {@code value} is not one. */
    static Map<String, Value> entries(Value value) {
        if (value instanceof MapValue) {
            return ((MapValue) value).entries();
        }
        if (value instanceof ObjectValue) {
            return ((ObjectValue) value).attributes();
        }
        return null;
    }

    /** Every line of {@code text} prefixed by two spaces. */
    static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }
}
