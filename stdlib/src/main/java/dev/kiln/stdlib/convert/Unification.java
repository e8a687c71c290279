package dev.kiln.stdlib.convert;

import dev.kiln.stdlib.type.ObjectType;
import dev.kiln.stdlib.type.TupleType;
import dev.kiln.stdlib.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the single type a group of types can all convert to, as cty's {@code convert.Unify} and
 * {@code UnifyUnsafe}: the type of a conditional's two branches, of the elements of {@code [...]}
 * converted to a list, or of collection function arguments.
 */
public final class Unification {

    private Unification() {}

    /** The type every one of {@code types} converts to safely, if there is one. */
    public static Optional<Type> unify(List<Type> types) {
        return unify(types, Safety.SAFE);
    }

    /** The type every one of {@code types} converts to, allowing unsafe conversions. */
    public static Optional<Type> unifyUnsafe(List<Type> types) {
        return unify(types, Safety.UNSAFE);
    }

    /** The unified type under the given safety, if there is one. */
    public static Optional<Type> unify(List<Type> types, Safety safety) {
        if (types.isEmpty()) {
            return Optional.empty();
        }
        int objects = 0;
        int tuples = 0;
        int dynamics = 0;
        for (Type type : types) {
            if (type instanceof ObjectType) {
                objects++;
            } else if (type instanceof TupleType) {
                tuples++;
            } else if (type == Type.ANY) {
                dynamics++;
            }
        }
        if (objects > 0 && tuples > 0) {
            return Optional.empty();
        }
        // Try building a new structural type first: in unsafe mode an object also converts to a
        // subset of itself, which would be a much less useful answer.
        if (objects > 0 && objects + dynamics == types.size()) {
            return unifyObjects(structural(types), safety);
        }
        if (tuples > 0 && tuples + dynamics == types.size()) {
            return unifyTuples(structural(types), safety);
        }
        for (int wanted : TypePreference.order(types)) {
            Type candidate = types.get(wanted);
            if (types.stream().allMatch(t -> ConversionRules.exists(t, candidate, safety))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static List<Type> structural(List<Type> types) {
        List<Type> result = new ArrayList<>();
        for (Type type : types) {
            if (type != Type.ANY) {
                result.add(type);
            }
        }
        return result;
    }

    private static Optional<Type> unifyObjects(List<Type> types, Safety safety) {
        Map<String, Type> first = ((ObjectType) types.get(0)).attributeTypes();
        for (Type type : types) {
            if (!((ObjectType) type).attributeTypes().keySet().equals(first.keySet())) {
                return unifyToCollection(types, safety, false);
            }
        }
        Map<String, Type> unified = new TreeMap<>();
        for (String name : first.keySet()) {
            List<Type> across = new ArrayList<>();
            types.forEach(t -> across.add(((ObjectType) t).attributeType(name)));
            Optional<Type> attr = unify(across, safety);
            if (attr.isEmpty()) {
                return Optional.empty();
            }
            unified.put(name, attr.get());
        }
        return checked(Type.object(unified), types, safety).or(() -> unifyToCollection(types, safety, false));
    }

    private static Optional<Type> unifyTuples(List<Type> types, Safety safety) {
        int length = ((TupleType) types.get(0)).length();
        for (Type type : types) {
            if (((TupleType) type).length() != length) {
                return unifyToCollection(types, safety, true);
            }
        }
        List<Type> unified = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            List<Type> across = new ArrayList<>();
            for (Type type : types) {
                across.add(((TupleType) type).elementTypes().get(i));
            }
            Optional<Type> element = unify(across, safety);
            if (element.isEmpty()) {
                return Optional.empty();
            }
            unified.add(element.get());
        }
        return checked(Type.tuple(unified), types, safety).or(() -> unifyToCollection(types, safety, true));
    }

    // The fallback: objects unify to a map and tuples to a list of their unified member types.
    private static Optional<Type> unifyToCollection(List<Type> types, Safety safety, boolean list) {
        List<Type> members = new ArrayList<>();
        for (Type type : types) {
            if (type instanceof TupleType) {
                members.addAll(((TupleType) type).elementTypes());
            } else {
                members.addAll(((ObjectType) type).attributeTypes().values());
            }
        }
        Optional<Type> element = unify(members, safety);
        if (element.isEmpty()) {
            return Optional.empty();
        }
        Type result = list ? Type.list(element.get()) : Type.map(element.get());
        return checked(result, types, safety);
    }

    private static Optional<Type> checked(Type result, List<Type> types, Safety safety) {
        return types.stream().allMatch(t -> ConversionRules.exists(t, result, safety))
                ? Optional.of(result)
                : Optional.empty();
    }
}
