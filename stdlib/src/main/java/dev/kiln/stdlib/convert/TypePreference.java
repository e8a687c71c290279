package dev.kiln.stdlib.convert;

import dev.kiln.stdlib.type.CollectionType;
import dev.kiln.stdlib.type.ListType;
import dev.kiln.stdlib.type.MapType;
import dev.kiln.stdlib.type.ObjectType;
import dev.kiln.stdlib.type.SetType;
import dev.kiln.stdlib.type.TupleType;
import dev.kiln.stdlib.type.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Which of several types to try first as the result of unification, following cty's
 * {@code compareTypes} and {@code sortTypes}: more general types first, {@code any} last.
 */
final class TypePreference {

    private TypePreference() {}

    /** Indexes into {@code types}, most general first (a topological sort of "more general than"). */
    static List<Integer> order(List<Type> types) {
        int n = types.size();
        List<List<Integer>> edges = new ArrayList<>();
        int[] inDegree = new int[n];
        for (int i = 0; i < n; i++) {
            edges.add(new ArrayList<>());
        }
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 1; j < n; j++) {
                int cmp = compare(types.get(i), types.get(j));
                if (cmp < 0) {
                    edges.get(i).add(j);
                    inDegree[j]++;
                } else if (cmp > 0) {
                    edges.get(j).add(i);
                    inDegree[i]++;
                }
            }
        }
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (inDegree[i] == 0) {
                ready.add(i);
            }
        }
        List<Integer> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            int next = ready.poll();
            order.add(next);
            for (int to : edges.get(next)) {
                if (--inDegree[to] == 0) {
                    ready.add(to);
                }
            }
        }
        return order;
    }

    /** Negative if {@code a} is preferred (more general) over {@code b}. */
    static int compare(Type a, Type b) {
        if (a == Type.ANY || b == Type.ANY) {
            if (a != Type.ANY) {
                return -1;
            }
            return b != Type.ANY ? 1 : 0;
        }
        if (a.isPrimitive() && b.isPrimitive()) {
            // Every primitive value can be written as a string, so string is the most general.
            if (a == Type.STRING || b == Type.STRING) {
                if (a != Type.STRING) {
                    return 1;
                }
                return b != Type.STRING ? -1 : 0;
            }
        }
        if (a instanceof CollectionType && b instanceof CollectionType && a.getClass() == b.getClass()) {
            return compare(((CollectionType) a).elementType(), ((CollectionType) b).elementType());
        }
        int swap = 1;
        if ((a instanceof TupleType && b instanceof ListType)
                || (a instanceof ObjectType && b instanceof MapType)
                || (a instanceof SetType && b instanceof TupleType)
                || (a instanceof SetType && b instanceof ListType)) {
            Type t = a;
            a = b;
            b = t;
            swap = -1;
        }
        // Optimistically assume element types work out; unification checks conversions afterwards.
        if (b instanceof SetType && (a instanceof TupleType || a instanceof ListType)) {
            return -swap;
        }
        if (a instanceof ListType && b instanceof TupleType) {
            return -swap;
        }
        if (a instanceof MapType && b instanceof ObjectType) {
            return -swap;
        }
        if (a instanceof ObjectType && b instanceof ObjectType) {
            Map<String, Type> as = ((ObjectType) a).attributeTypes();
            Map<String, Type> bs = ((ObjectType) b).attributeTypes();
            if (!as.keySet().equals(bs.keySet())) {
                return 0;
            }
            List<Type> left = new ArrayList<>();
            List<Type> right = new ArrayList<>();
            as.forEach((name, type) -> {
                left.add(type);
                right.add(bs.get(name));
            });
            return swap * pairwise(left, right);
        }
        if (a instanceof TupleType && b instanceof TupleType) {
            List<Type> left = ((TupleType) a).elementTypes();
            List<Type> right = ((TupleType) b).elementTypes();
            return left.size() != right.size() ? 0 : swap * pairwise(left, right);
        }
        return 0;
    }

    private static int pairwise(List<Type> left, List<Type> right) {
        boolean leftSuper = false;
        boolean rightSuper = false;
        for (int i = 0; i < left.size(); i++) {
            int cmp = compare(left.get(i), right.get(i));
            leftSuper |= cmp < 0;
            rightSuper |= cmp > 0;
        }
        if (leftSuper == rightSuper) {
            return 0;
        }
        return leftSuper ? -1 : 1;
    }
}
