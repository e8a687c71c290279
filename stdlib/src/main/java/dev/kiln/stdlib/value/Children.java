package dev.kiln.stdlib.value;

import dev.kiln.stdlib.type.Type;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Operations every container value applies to its nested values. */
final class Children {

    private Children() {}

    static Marks deepMarks(Marks own, Collection<Value> children) {
        Marks result = own;
        for (Value child : children) {
            result = result.union(child.deepMarks());
        }
        return result;
    }

    static boolean whollyKnown(Collection<Value> children) {
        return children.stream().allMatch(Value::isWhollyKnown);
    }

    static List<Value> unmarkDeep(List<Value> children) {
        return children.stream().map(Value::unmarkDeep).collect(Collectors.toList());
    }

    static void requireElementType(Type elementType, Collection<Value> elements, String kind) {
        for (Value element : elements) {
            if (!element.type().equals(elementType)) {
                throw new IllegalArgumentException(
                        kind + " of " + elementType + " cannot hold a value of type " + element.type());
            }
        }
    }
}
