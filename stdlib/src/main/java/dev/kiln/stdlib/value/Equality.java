package dev.kiln.stdlib.value;

import dev.kiln.stdlib.type.Type;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** HCL's {@code ==} following cty's {@code Value.Equals}. */
final class Equality {

    private Equality() {}

    static Value equal(Value left, Value right) {
        Marks marks = left.deepMarks().union(right.deepMarks());
        return compare(left.unmarkDeep(), right.unmarkDeep()).withAddedMarks(marks);
    }

    private static Value compare(Value left, Value right) {
        if (!left.isKnown() || !right.isKnown()) {
            return Value.unknown(Type.BOOL);
        }
        // Nulls are equal to each other whatever their types, as in cty.
        if (left.isNull() || right.isNull()) {
            return Value.bool(left.isNull() && right.isNull());
        }
        if (containsDynamicUnknown(left) || containsDynamicUnknown(right)) {
            return Value.unknown(Type.BOOL);
        }
        if (!left.type().equals(right.type())) {
            return Value.FALSE;
        }
        if (left instanceof ListValue) {
            return sequences(((ListValue) left).elements(), ((ListValue) right).elements());
        }
        if (left instanceof TupleValue) {
            return sequences(((TupleValue) left).elements(), ((TupleValue) right).elements());
        }
        if (left instanceof SetValue) {
            SetValue l = (SetValue) left;
            SetValue r = (SetValue) right;
            if (l.hasUnknownElements() || r.hasUnknownElements()) {
                return Value.unknown(Type.BOOL);
            }
            return Value.bool(l.elements().equals(r.elements()));
        }
        if (left instanceof MapValue) {
            return entries(((MapValue) left).entries(), ((MapValue) right).entries());
        }
        if (left instanceof ObjectValue) {
            return entries(((ObjectValue) left).attributes(), ((ObjectValue) right).attributes());
        }
        // Primitives are normalised on construction, so structural equality is value equality.
        return Value.bool(left.equals(right));
    }

    private static Value sequences(List<Value> left, List<Value> right) {
        if (left.size() != right.size()) {
            return Value.FALSE;
        }
        return elementwise(left.iterator(), right.iterator());
    }

    private static Value entries(Map<String, Value> left, Map<String, Value> right) {
        if (!left.keySet().equals(right.keySet())) {
            return Value.FALSE;
        }
        return elementwise(left.values().iterator(), right.values().iterator());
    }

    private static Value elementwise(Iterator<Value> left, Iterator<Value> right) {
        while (left.hasNext()) {
            Value each = compare(left.next(), right.next());
            if (!each.isKnown()) {
                return each;
            }
            if (!((BoolValue) each).value()) {
                return Value.FALSE;
            }
        }
        return Value.TRUE;
    }

    // cty's HasWhollyKnownType: an unknown of unknown type somewhere inside makes types unclear.
    private static boolean containsDynamicUnknown(Value value) {
        if (!value.isKnown()) {
            return value.type() == Type.ANY;
        }
        if (value instanceof ListValue) {
            return ((ListValue) value).elements().stream().anyMatch(Equality::containsDynamicUnknown);
        }
        if (value instanceof SetValue) {
            return ((SetValue) value).elements().stream().anyMatch(Equality::containsDynamicUnknown);
        }
        if (value instanceof TupleValue) {
            return ((TupleValue) value).elements().stream().anyMatch(Equality::containsDynamicUnknown);
        }
        if (value instanceof MapValue) {
            return ((MapValue) value).entries().values().stream().anyMatch(Equality::containsDynamicUnknown);
        }
        if (value instanceof ObjectValue) {
            return ((ObjectValue) value).attributes().values().stream().anyMatch(Equality::containsDynamicUnknown);
        }
        return false;
    }
}
