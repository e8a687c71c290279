package dev.kiln.stdlib.convert;

import dev.kiln.stdlib.type.CollectionType;
import dev.kiln.stdlib.type.ObjectType;
import dev.kiln.stdlib.type.TupleType;
import dev.kiln.stdlib.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The type an unknown or null value gets when converted: the target type, with every {@code any}
 * in it filled in from the source type where the shapes line up (cty's {@code dynamicReplace}).
 */
final class DynamicReplacement {

    private DynamicReplacement() {}

    static Type of(Type in, Type out) {
        if (out == Type.ANY) {
            return in;
        }
        if (!out.hasDynamicTypes()) {
            return out.withoutOptionalAttributes();
        }
        if (in instanceof CollectionType && out instanceof CollectionType && in.getClass() == out.getClass()) {
            return ((CollectionType) out)
                    .withElementType(of(((CollectionType) in).elementType(), ((CollectionType) out).elementType()));
        }
        if (in instanceof ObjectType && out instanceof ObjectType) {
            Map<String, Type> attrs = new TreeMap<>();
            ((ObjectType) out).attributeTypes().forEach((name, type) -> {
                Type source = ((ObjectType) in).attributeType(name);
                attrs.put(name, source == null ? type.withoutOptionalAttributes() : of(source, type));
            });
            return Type.object(attrs);
        }
        if (in instanceof TupleType
                && out instanceof TupleType
                && ((TupleType) in).length() == ((TupleType) out).length()) {
            List<Type> elements = new ArrayList<>();
            for (int i = 0; i < ((TupleType) out).length(); i++) {
                elements.add(of(
                        ((TupleType) in).elementTypes().get(i),
                        ((TupleType) out).elementTypes().get(i)));
            }
            return Type.tuple(elements);
        }
        return out.withoutOptionalAttributes();
    }
}
