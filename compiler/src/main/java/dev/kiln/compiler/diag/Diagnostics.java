package dev.kiln.compiler.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The diagnostics one stage of work collects. Every stage adds what it finds and carries on, so a
 * run reports every independent problem; callers look at {@link #hasErrors()} at stage boundaries.
 */
public final class Diagnostics {

    /** Source order: by file, then position; diagnostics without a subject come first. */
    public static final Comparator<Diagnostic> SOURCE_ORDER =
            Comparator.comparing(Diagnostic::subject, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final List<Diagnostic> items = new ArrayList<>();

    /** Adds one diagnostic. */
    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    /** Adds all of {@code diagnostics}. */
    public void addAll(List<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
    }

    /** Adds all of {@code other}'s diagnostics. */
    public void addAll(Diagnostics other) {
        items.addAll(other.items);
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        for (Diagnostic d : items) {
            if (d.isError()) return true;
        }
        return false;
    }

    /** Whether nothing was reported. */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** An immutable snapshot in the order the diagnostics were added. */
    public List<Diagnostic> list() {
        return List.copyOf(items);
    }

    /** An immutable snapshot in source order (stable for diagnostics at the same place). */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(SOURCE_ORDER);
        return List.copyOf(copy);
    }
}
