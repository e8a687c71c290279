package dev.kiln.stdlib.convert;

import dev.kiln.stdlib.type.DynamicType;
import dev.kiln.stdlib.type.ListType;
import dev.kiln.stdlib.type.MapType;
import dev.kiln.stdlib.type.ObjectType;
import dev.kiln.stdlib.type.SetType;
import dev.kiln.stdlib.type.TupleType;
import dev.kiln.stdlib.type.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which type-to-type conversions exist, following cty's {@code getConversionKnown}. */
final class ConversionRules {

    private ConversionRules() {}

    static boolean exists(Type in, Type out, Safety safety) {
        boolean unsafe = safety == Safety.UNSAFE;
        if (out == Type.ANY || in.equals(out)) {
            return true;
        }
        if (in == Type.ANY) {
            return unsafe;
        }
        if (in.isPrimitive() && out.isPrimitive()) {
            if (out == Type.STRING) {
                return true;
            }
            return unsafe && in == Type.STRING;
        }
        if (in instanceof ObjectType && out instanceof ObjectType) {
            return objectToObject(((ObjectType) in).attributeTypes(), (ObjectType) out, safety);
        }
        if (in instanceof TupleType && out instanceof TupleType) {
            List<Type> ins = ((TupleType) in).elementTypes();
            List<Type> outs = ((TupleType) out).elementTypes();
            if (ins.size() != outs.size()) {
                return false;
            }
            for (int i = 0; i < ins.size(); i++) {
                if (!exists(ins.get(i), outs.get(i), safety)) {
                    return false;
                }
            }
            return true;
        }
        if (out instanceof ListType || out instanceof SetType) {
            Type outElement = ((dev.kiln.stdlib.type.CollectionType) out).elementType();
            if (in instanceof ListType || in instanceof SetType) {
                if (in instanceof ListType && out instanceof SetType && !unsafe) {
                    return false;
                }
                return exists(((dev.kiln.stdlib.type.CollectionType) in).elementType(), outElement, safety);
            }
            if (in instanceof TupleType) {
                return structuralToCollection(((TupleType) in).elementTypes(), outElement, safety);
            }
            return false;
        }
        if (out instanceof MapType) {
            Type outElement = ((MapType) out).elementType();
            if (in instanceof MapType) {
                return exists(((MapType) in).elementType(), outElement, safety);
            }
            if (in instanceof ObjectType) {
                return structuralToCollection(((ObjectType) in).attributeTypes().values(), outElement, safety);
            }
            return false;
        }
        if (out instanceof ObjectType && in instanceof MapType) {
            if (!unsafe) {
                return false;
            }
            Type inElement = ((MapType) in).elementType();
            for (Map.Entry<String, Type> attr :
                    ((ObjectType) out).attributeTypes().entrySet()) {
                if (!exists(inElement, attr.getValue(), safety) && !((ObjectType) out).isOptional(attr.getKey())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The element type a tuple or object converts to for a collection of {@code outElement}. */
    static Optional<Type> collectionElementType(Collection<Type> ins, Type outElement, Safety safety) {
        if (outElement != Type.ANY || ins.isEmpty()) {
            return Optional.of(outElement);
        }
        Optional<Type> unified = Unification.unify(new ArrayList<>(ins), safety);
        if (unified.isPresent() && unified.get() == Type.ANY && !ins.stream().allMatch(t -> t == DynamicType.ANY)) {
            return Optional.empty();
        }
        return unified;
    }

    private static boolean structuralToCollection(Collection<Type> ins, Type outElement, Safety safety) {
        Optional<Type> element = collectionElementType(ins, outElement, safety);
        return element.isPresent() && ins.stream().allMatch(t -> exists(t, element.get(), safety));
    }

    private static boolean objectToObject(Map<String, Type> ins, ObjectType out, Safety safety) {
        for (Map.Entry<String, Type> attr : out.attributeTypes().entrySet()) {
            Type in = ins.get(attr.getKey());
            if (in == null) {
                if (!out.isOptional(attr.getKey())) {
                    return false;
                }
            } else if (!exists(in, attr.getValue(), safety)) {
                return false;
            }
        }
        return true;
    }
}
