package dev.kiln.stdlib.function;

import dev.kiln.stdlib.text.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An immutable set of functions by name; building it refuses two functions with one name. */
public final class FunctionCatalog {

    private final Map<String, Function> byName;

    private FunctionCatalog(Map<String, Function> byName) {
        this.byName = byName;
    }

    /** A catalog of {@code functions}; throws {@link IllegalArgumentException} on a duplicate name. */
    public static FunctionCatalog of(Collection<Function> functions) {
        TreeMap<String, Function> byName = new TreeMap<>();
        for (Function function : functions) {
            if (byName.putIfAbsent(function.name(), function) != null) {
                throw new IllegalArgumentException("duplicate function name: " + function.name());
            }
        }
        return new FunctionCatalog(Collections.unmodifiableSortedMap(byName));
    }

    /** The function called {@code name}, if there is one. */
    public Optional<Function> lookup(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every function, sorted by name. */
    public List<Function> functions() {
        return List.copyOf(byName.values());
    }

    /** The name closest to a misspelt {@code name}, for "Did you mean ...?". */
    public Optional<String> suggest(String name) {
        return Suggestions.closest(name, byName.keySet());
    }

    /** A catalog with the functions of this one and {@code more}; refuses duplicates too. */
    public FunctionCatalog with(Collection<Function> more) {
        List<Function> all = new ArrayList<>(byName.values());
        all.addAll(more);
        return of(all);
    }
}
