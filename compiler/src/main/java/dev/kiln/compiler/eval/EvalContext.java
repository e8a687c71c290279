package dev.kiln.compiler.eval;

import dev.kiln.stdlib.function.FunctionCatalog;
import dev.kiln.stdlib.value.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What names mean while evaluating, as HCL's {@code hcl.EvalContext}: root variables ({@code var},
 * {@code local}, {@code path}, ...), roots whose values only exist later (evaluating to unknown),
 * and the function catalog. Immutable; {@link #child} makes the scope of a {@code for} expression.
 */
public final class EvalContext {

    private final EvalContext parent;
    private final Map<String, Value> variables;
    private final Set<String> unknownRoots;
    private final FunctionCatalog functions;
    private final Value splatItem;

    private EvalContext(
            EvalContext parent,
            Map<String, Value> variables,
            Set<String> unknownRoots,
            FunctionCatalog functions,
            Value splatItem) {
        this.parent = parent;
        this.variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        this.unknownRoots = Set.copyOf(unknownRoots);
        this.functions = functions;
        this.splatItem = splatItem;
    }

    /** Starts a root context calling functions from {@code functions}. */
    public static Builder builder(FunctionCatalog functions) {
        return new Builder(functions);
    }

    /** A context with no variables and {@code functions}; constant expressions only. */
    public static EvalContext of(FunctionCatalog functions) {
        return builder(functions).build();
    }

    /** A child scope: {@code variables} shadow same-named roots of this context. */
    public EvalContext child(Map<String, Value> variables) {
        return new EvalContext(this, variables, Set.of(), functions, null);
    }

    /** This context with other functions (the templatefile scope, variable defaults with env()). */
    public EvalContext withFunctions(FunctionCatalog catalog) {
        return new EvalContext(parent, variables, unknownRoots, catalog, splatItem);
    }

    /** The functions calls may use. */
    public FunctionCatalog functions() {
        return functions;
    }

    /** The value of root name {@code name}: its value, unknown if declared unknown, or empty. */
    public Optional<Value> lookup(String name) {
        for (EvalContext scope = this; scope != null; scope = scope.parent) {
            Value value = scope.variables.get(name);
            if (value != null) return Optional.of(value);
            if (scope.unknownRoots.contains(name)) return Optional.of(Value.DYNAMIC);
        }
        return Optional.empty();
    }

    /** Every root name in scope, for "Did you mean ...?". */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (EvalContext scope = this; scope != null; scope = scope.parent) {
            names.addAll(scope.variables.keySet());
            names.addAll(scope.unknownRoots);
        }
        return names;
    }

    /** The variables of the root scope, as given to the builder (for console's {@code variables}). */
    public Map<String, Value> rootVariables() {
        EvalContext root = this;
        while (root.parent != null) root = root.parent;
        return root.variables;
    }

    EvalContext withSplatItem(Value item) {
        return new EvalContext(this, Map.of(), Set.of(), functions, item);
    }

    /** The element the innermost splat is applying its traversal to; unknown outside a splat. */
    Value splatItem() {
        for (EvalContext scope = this; scope != null; scope = scope.parent) {
            if (scope.splatItem != null) return scope.splatItem;
        }
        return Value.DYNAMIC;
    }

    /** Collects the root scope of an {@link EvalContext}. */
    public static final class Builder {
        private final FunctionCatalog functions;
        private final Map<String, Value> variables = new LinkedHashMap<>();
        private final Set<String> unknownRoots = new TreeSet<>();

        private Builder(FunctionCatalog functions) {
            this.functions = functions;
        }

        /** Binds root name {@code name} (such as {@code var} or {@code path}) to {@code value}. */
        public Builder variable(String name, Value value) {
            variables.put(name, value);
            return this;
        }

        /**
         * Declares {@code name} as known to exist but without a value yet (such as {@code build}
         * before a build runs): references to it evaluate to unknown without an error.
         */
        public Builder unknownRoot(String name) {
            unknownRoots.add(name);
            return this;
        }

        /** The context. */
        public EvalContext build() {
            return new EvalContext(null, variables, unknownRoots, functions, null);
        }
    }
}
