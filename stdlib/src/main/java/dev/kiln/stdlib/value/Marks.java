package dev.kiln.stdlib.value;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** An immutable set of {@link Mark}s attached to a value. */
public record Marks(Set<Mark> set) {

    /** No marks at all; the marks of almost every value. */
    public static final Marks NONE = new Marks(Set.of());

    /** Copies the set. */
    public Marks {
        set = Set.copyOf(set);
    }

    /** The given marks. */
    public static Marks of(Mark... marks) {
        return marks.length == 0 ? NONE : new Marks(Set.of(marks));
    }

    /** The union of the marks of all {@code values} (their own marks, not nested ones). */
    public static Marks of(Collection<? extends Value> values) {
        Marks result = NONE;
        for (Value value : values) {
            result = result.union(value.marks());
        }
        return result;
    }

    /** True if there are no marks. */
    public boolean isEmpty() {
        return set.isEmpty();
    }

    /** True if {@code mark} is one of these marks. */
    public boolean contains(Mark mark) {
        return set.contains(mark);
    }

    /** These marks plus {@code mark}. */
    public Marks with(Mark mark) {
        return union(of(mark));
    }

    /** These marks plus {@code other}. */
    public Marks union(Marks other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        Set<Mark> all = new HashSet<>(set);
        all.addAll(other.set);
        return new Marks(all);
    }

    @Override
    public String toString() {
        return set.stream()
                .map(Mark::name)
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
