package dev.kiln.stdlib.function;

import dev.kiln.stdlib.type.CollectionType;
import dev.kiln.stdlib.type.ObjectType;
import dev.kiln.stdlib.type.TupleType;
import dev.kiln.stdlib.type.Type;
import java.util.List;

/** Whether a value's type fits a declared type in which {@code any} matches everything. */
final class Conformance {

    private Conformance() {}

    static boolean conforms(Type actual, Type expected) {
        if (expected == Type.ANY || actual.equals(expected)) {
            return true;
        }
        if (actual instanceof CollectionType && expected instanceof CollectionType) {
            return actual.getClass() == expected.getClass()
                    && conforms(((CollectionType) actual).elementType(), ((CollectionType) expected).elementType());
        }
        if (actual instanceof ObjectType && expected instanceof ObjectType) {
            ObjectType a = (ObjectType) actual;
            ObjectType e = (ObjectType) expected;
            return a.attributeTypes().keySet().equals(e.attributeTypes().keySet())
                    && a.attributeTypes().keySet().stream()
                            .allMatch(name -> conforms(a.attributeType(name), e.attributeType(name)));
        }
        if (actual instanceof TupleType && expected instanceof TupleType) {
            List<Type> a = ((TupleType) actual).elementTypes();
            List<Type> e = ((TupleType) expected).elementTypes();
            if (a.size() != e.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!conforms(a.get(i), e.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
