package dev.kiln.compiler.variables;

import dev.kiln.compiler.config.DataBlock;
import dev.kiln.compiler.config.LocalValue;
import dev.kiln.compiler.datasource.DataSourceRunner;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.eval.EvalContext;
import dev.kiln.compiler.eval.EvalResult;
import dev.kiln.compiler.eval.ExpressionEvaluator;
import dev.kiln.compiler.eval.Traversal;
import dev.kiln.compiler.eval.Variables;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.value.Mark;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates locals and data sources in dependency order across files, as Packer's DAG evaluation:
 * a local or data block is evaluated after every local and data block it refers to, so a local may
 * use {@code data.T.N.x} and a data block {@code local.x}. A cycle is one error naming the whole
 * cycle; a node that fails (or is in a cycle) leaves the nodes depending on it unknown, without
 * more errors. Nodes are named as templates refer to them: {@code local.NAME}, {@code data.TYPE.NAME}.
 */
final class ScopeGraph {

    private final Map<String, LocalValue> locals = new LinkedHashMap<>();
    private final Map<String, DataBlock> data = new LinkedHashMap<>();
    private final Map<String, Set<String>> dependencies = new LinkedHashMap<>();
    private final Map<String, Value> localValues = new LinkedHashMap<>();
    private final Map<String, Map<String, Value>> dataValues = new LinkedHashMap<>();
    private final Set<String> failed = new HashSet<>();
    private final Set<String> sensitive = new HashSet<>();
    /**
     * Locals whose expression uses {@code local} only as {@code local.NAME} of declared locals: they
     * are evaluated with a {@code local} of just those, not of every local, which made N locals cost
     * N^2 (#15: 2,000 locals took 17-26 s).
     */
    private final Set<String> narrowLocals = new HashSet<>();

    private final DataEvaluation dataEvaluation;
    private final Diagnostics diagnostics;

    ScopeGraph(
            List<LocalValue> declaredLocals,
            List<DataBlock> declaredData,
            DataSourceRunner runner,
            Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.dataEvaluation = new DataEvaluation(runner, diagnostics);
        for (DataBlock block : declaredData) {
            data.put(dataKey(block.type(), block.name()), block);
            dataValues.computeIfAbsent(block.type(), t -> new LinkedHashMap<>()).put(block.name(), Value.DYNAMIC);
        }
        for (LocalValue local : declaredLocals) {
            locals.put(localKey(local.name()), local);
            localValues.put(local.name(), Value.DYNAMIC);
            if (local.sensitive() != null && StaticValues.bool(local.sensitive(), diagnostics))
                sensitive.add(local.name());
        }
        for (DataBlock block : declaredData) {
            dependencies.put(
                    dataKey(block.type(), block.name()),
                    block.plugin().config() == null
                            ? Set.of()
                            : references(BodyReferences.of(block.plugin().config())));
        }
        for (LocalValue local : declaredLocals) {
            List<Traversal> traversals = local.expression() == null ? List.of() : Variables.of(local.expression());
            dependencies.put(localKey(local.name()), references(traversals));
            if (traversals.stream()
                    .filter(t -> t.root().equals("local"))
                    .allMatch(t -> !t.attributeNames(1).isEmpty()
                            && locals.containsKey(localKey(t.attributeNames(1).get(0))))) {
                narrowLocals.add(localKey(local.name()));
            }
        }
    }

    /** Evaluates every node; {@code context} has every root but {@code local} and {@code data}. Returns the locals in declaration order. */
    List<LocalResult> evaluate(EvalContext context) {
        for (List<String> cycle : new Cycles(dependencies).find()) {
            failed.addAll(cycle);
            List<String> path = new ArrayList<>(cycle);
            path.add(cycle.get(0));
            diagnostics.add(VariablesDiagnostics.FAILED_TO_PREPARE_EXECUTION_GRAPH.error(
                    "An error occurred while building" + " the graph for datasources/locals: Cycle: "
                            + String.join(" -> ", path) + ".",
                    nameRange(cycle.get(0))));
        }
        Set<String> done = new HashSet<>(failed);
        for (String key : dependencies.keySet()) visit(key, context, done);
        List<LocalResult> results = new ArrayList<>();
        for (LocalValue local : locals.values()) {
            results.add(new LocalResult(local.name(), localValues.get(local.name()), sensitive.contains(local.name())));
        }
        return results;
    }

    /** The {@code local} root as it stands: every local, unknown until evaluated. */
    Value localRoot() {
        return Value.object(localValues);
    }

    /** A {@code local} root of just the locals among {@code keys}. */
    private Value localRootOf(Set<String> keys) {
        Map<String, Value> some = new LinkedHashMap<>();
        for (String key : keys) {
            if (locals.containsKey(key))
                some.put(locals.get(key).name(), localValues.get(locals.get(key).name()));
        }
        return Value.object(some);
    }

    /** The {@code data} root as it stands: an object per data source type, of every block of that type, unknown until run. */
    Value dataRoot() {
        Map<String, Value> types = new LinkedHashMap<>();
        dataValues.forEach((type, blocks) -> types.put(type, Value.object(blocks)));
        return Value.object(types);
    }

    private void visit(String key, EvalContext context, Set<String> done) {
        if (!done.add(key)) return;
        for (String dependency : dependencies.get(key)) visit(dependency, context, done);
        if (dependencies.get(key).stream().anyMatch(failed::contains)) {
            failed.add(key);
            return;
        }
        Value localRoot = narrowLocals.contains(key) ? localRootOf(dependencies.get(key)) : localRoot();
        EvalContext current = context.child(Map.of("local", localRoot, "data", dataRoot()));
        Optional<Value> value = locals.containsKey(key)
                ? evaluateLocal(locals.get(key), current)
                : dataEvaluation.evaluate(data.get(key), current);
        if (value.isEmpty()) {
            failed.add(key);
        } else if (locals.containsKey(key)) {
            localValues.put(locals.get(key).name(), value.get());
        } else {
            DataBlock block = data.get(key);
            dataValues.get(block.type()).put(block.name(), value.get());
        }
    }

    private Optional<Value> evaluateLocal(LocalValue local, EvalContext context) {
        if (local.expression() == null) return Optional.empty();
        EvalResult result = ExpressionEvaluator.evaluate(local.expression(), context);
        diagnostics.addAll(result.diagnostics());
        if (result.hasErrors()) return Optional.empty();
        Value value = result.value();
        return Optional.of(sensitive.contains(local.name()) ? value.mark(Mark.SENSITIVE) : value);
    }

    private SourceRange nameRange(String key) {
        return locals.containsKey(key)
                ? locals.get(key).nameRange()
                : data.get(key).nameRange();
    }

    private Set<String> references(List<Traversal> traversals) {
        Set<String> keys = new LinkedHashSet<>();
        for (Traversal t : traversals) {
            List<String> names = t.attributeNames(2);
            String key = null;
            if (t.root().equals("local") && !names.isEmpty()) key = localKey(names.get(0));
            if (t.root().equals("data") && names.size() == 2) key = dataKey(names.get(0), names.get(1));
            if (key != null && (locals.containsKey(key) || data.containsKey(key))) keys.add(key);
        }
        return keys;
    }

    private static String localKey(String name) {
        return "local." + name;
    }

    private static String dataKey(String type, String name) {
        return "data." + type + "." + name;
    }
}
