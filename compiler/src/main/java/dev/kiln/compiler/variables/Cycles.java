package dev.kiln.compiler.variables;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cycles of a dependency graph, one per strongly connected component (Tarjan's algorithm), each
 * as a path starting at the component's first node in declaration order. Deterministic: nodes and
 * edges are visited in the order given.
 */
final class Cycles {

    private final Map<String, Set<String>> edges;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> lowLink = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new java.util.HashSet<>();
    private final List<Set<String>> components = new ArrayList<>();

    Cycles(Map<String, Set<String>> edges) {
        this.edges = edges;
    }

    /** Each cycle as the nodes along it (the first node is not repeated at the end). */
    List<List<String>> find() {
        for (String node : edges.keySet()) if (!index.containsKey(node)) connect(node);
        List<List<String>> cycles = new ArrayList<>();
        for (Set<String> component : components) {
            String first = edges.keySet().stream()
                    .filter(component::contains)
                    .findFirst()
                    .orElseThrow();
            if (component.size() == 1 && !edges.get(first).contains(first)) continue;
            cycles.add(path(first, component));
        }
        cycles.sort((a, b) -> Integer.compare(position(a.get(0)), position(b.get(0))));
        return cycles;
    }

    private int position(String node) {
        return new ArrayList<>(edges.keySet()).indexOf(node);
    }

    // Recursion depth is bounded by the number of locals, which people write by hand.
    private void connect(String node) {
        index.put(node, index.size());
        lowLink.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : edges.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next);
                lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(next)));
            } else if (onStack.contains(next)) {
                lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
            }
        }
        if (lowLink.get(node).equals(index.get(node))) {
            Set<String> component = new LinkedHashSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            components.add(component);
        }
    }

    /** A shortest way round from {@code start} back to itself inside {@code component} (breadth first). */
    private List<String> path(String start, Set<String> component) {
        Map<String, String> previous = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            String node = queue.poll();
            for (String next : edges.get(node)) {
                if (!component.contains(next)) continue;
                if (next.equals(start)) {
                    List<String> path = new ArrayList<>();
                    for (String n = node; n != null; n = previous.get(n)) path.add(0, n);
                    return path;
                }
                if (!previous.containsKey(next) && !next.equals(start)) {
                    previous.put(next, node);
                    queue.add(next);
                }
            }
        }
        return List.of(start);
    }
}
