package dev.kiln.compiler.variables;

import dev.kiln.compiler.config.LocalValue;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.eval.EvalContext;
import dev.kiln.compiler.eval.EvalResult;
import dev.kiln.compiler.eval.ExpressionEvaluator;
import dev.kiln.compiler.eval.Traversal;
import dev.kiln.compiler.eval.Variables;
import dev.kiln.stdlib.value.Mark;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates locals in dependency order across files, as Packer's DAG evaluation: a local is
 * evaluated after every local it refers to. A cycle is one error naming the whole cycle; a local
 * that fails (or is in a cycle) leaves the locals depending on it unknown, without more errors.
 */
final class LocalEvaluation {

    private final Map<String, LocalValue> locals = new LinkedHashMap<>();
    private final Map<String, Set<String>> dependencies = new LinkedHashMap<>();
    private final Map<String, Value> values = new LinkedHashMap<>();
    private final Set<String> failed = new HashSet<>();
    private final Set<String> sensitive = new HashSet<>();
    private final Diagnostics diagnostics;

    LocalEvaluation(List<LocalValue> declared, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        for (LocalValue local : declared) {
            locals.put(local.name(), local);
            values.put(local.name(), Value.DYNAMIC);
            if (local.sensitive() != null && StaticValues.bool(local.sensitive(), diagnostics)) sensitive.add(local.name());
        }
        for (LocalValue local : declared) dependencies.put(local.name(), referencedLocals(local));
    }

    /** Each local's result in declaration order; {@code context} has every root but {@code local}. */
    List<LocalResult> evaluate(EvalContext context) {
        for (List<String> cycle : new Cycles(dependencies).find()) {
            failed.addAll(cycle);
            LocalValue first = locals.get(cycle.get(0));
            List<String> path = new ArrayList<>();
            for (String name : cycle) path.add("local." + name);
            path.add("local." + cycle.get(0));
            diagnostics.add(Diagnostic.error("failed to prepare execution graph", "An error occurred while building"
                    + " the graph for datasources/locals: Cycle: " + String.join(" -> ", path) + ".", first.nameRange()));
        }
        Set<String> done = new HashSet<>(failed);
        for (String name : locals.keySet()) visit(name, context, done);
        List<LocalResult> results = new ArrayList<>();
        for (LocalValue local : locals.values()) {
            results.add(new LocalResult(local.name(), values.get(local.name()), isSensitive(local)));
        }
        return results;
    }

    /** The {@code local} root as it stands: every local, unknown until evaluated. */
    Value root() {
        return Value.object(values);
    }

    private void visit(String name, EvalContext context, Set<String> done) {
        if (!done.add(name)) return;
        for (String dependency : dependencies.get(name)) visit(dependency, context, done);
        LocalValue local = locals.get(name);
        if (dependencies.get(name).stream().anyMatch(failed::contains) || local.expression() == null) {
            failed.add(name);
            return;
        }
        EvalContext withLocals = context.child(Map.of("local", root()));
        EvalResult result = ExpressionEvaluator.evaluate(local.expression(), withLocals);
        diagnostics.addAll(result.diagnostics());
        if (result.hasErrors()) {
            failed.add(name);
            return;
        }
        Value value = result.value();
        values.put(name, isSensitive(local) ? value.mark(Mark.SENSITIVE) : value);
    }

    private boolean isSensitive(LocalValue local) {
        return sensitive.contains(local.name());
    }

    private Set<String> referencedLocals(LocalValue local) {
        Set<String> names = new LinkedHashSet<>();
        if (local.expression() == null) return names;
        for (Traversal t : Variables.of(local.expression())) {
            List<String> attribute = t.attributeNames(1);
            if (t.root().equals("local") && !attribute.isEmpty() && locals.containsKey(attribute.get(0))) {
                names.add(attribute.get(0));
            }
        }
        return names;
    }
}
