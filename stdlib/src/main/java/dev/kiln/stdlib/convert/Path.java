package dev.kiln.stdlib.convert;

import java.util.ArrayList;
import java.util.List;

/**
 * Where inside a value something happened, printed as HCL traversal syntax: {@code .foo[2]["k"]}.
 * The empty path is the value itself.
 */
public record Path(List<PathStep> steps) {

    /** The path to the value itself. */
    public static final Path ROOT = new Path(List.of());

    /** Copies the steps. */
    public Path {
        steps = List.copyOf(steps);
    }

    /** True for the path to the value itself. */
    public boolean isRoot() {
        return steps.isEmpty();
    }

    /** This path followed by attribute {@code name}. */
    public Path attribute(String name) {
        return then(new PathStep.Attribute(name));
    }

    /** This path followed by sequence index {@code index}. */
    public Path index(int index) {
        return then(new PathStep.Index(index));
    }

    /** This path followed by map key {@code key}. */
    public Path key(String key) {
        return then(new PathStep.Key(key));
    }

    private Path then(PathStep step) {
        List<PathStep> more = new ArrayList<>(steps);
        more.add(step);
        return new Path(more);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        steps.forEach(step -> out.append(step));
        return out.toString();
    }
}
