package dev.kiln.compiler.plan;

import dev.kiln.compiler.config.ConfigLoader;
import dev.kiln.compiler.config.LoadResult;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.schema.PluginSchemas;
import dev.kiln.compiler.variables.ScopeOptions;
import dev.kiln.compiler.variables.ScopeResult;
import dev.kiln.compiler.variables.TemplateScope;
import dev.kiln.compiler.variables.VariableInputs;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole of {@code validate} for one template path: load, evaluate variables and locals, plan.
 * Each stage runs even after errors in an earlier one (values it cannot compute are unknown), so
 * one run reports every problem; only a template whose files cannot be read or parsed stops early.
 */
public final class TemplateValidation {

    private final PluginSchemas plugins;

    /** Validation against the plugin schemas {@code plugins}. */
    public TemplateValidation(PluginSchemas plugins) {
        this.plugins = plugins;
    }

    /** Everything one path gives: the loaded files, the scope, the plan and all diagnostics in file and line order. */
    public record Result(LoadResult load, ScopeResult scope, PlanResult plan, List<Diagnostic> diagnostics) {

        /** Whether no diagnostic is an error. */
        public boolean valid() {
            return diagnostics.stream().noneMatch(Diagnostic::isError);
        }
    }

    /** Validates {@code path} with variable values {@code inputs}; {@code only}/{@code except} are the raw option values. */
    public Result validate(Path path, VariableInputs inputs, ScopeOptions options, List<String> only, List<String> except) {
        return validate(new ConfigLoader(plugins).load(path), inputs, options, only, except);
    }

    /** Validates a configuration already loaded (for example from rendered {@code *.j2} templates). */
    public Result validate(LoadResult load, VariableInputs inputs, ScopeOptions options, List<String> only, List<String> except) {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(load.diagnostics());
        ScopeResult scope = TemplateScope.evaluate(load.template(), load.files(), inputs, options);
        diagnostics.addAll(scope.diagnostics());
        Diagnostics patterns = new Diagnostics();
        BuildSelection selection = BuildSelection.of(only, except, patterns);
        diagnostics.addAll(patterns);
        PlanResult plan = new PlanResult(new Plan(List.of()), List.of());
        // Files that could not be read or parsed leave an empty template: planning it would only add "Missing build block".
        boolean unreadable = load.hasErrors() && load.template().equals(
                dev.kiln.compiler.config.Template.empty(load.template().rootDirectory()));
        if (!unreadable && !patterns.hasErrors()) {
            plan = new Planner(plugins).plan(load.template(), scope.context(), selection);
        }
        diagnostics.addAll(plan.diagnostics());
        // The same problem found twice (a local used by two builds, a file loaded and planned) is one problem.
        List<Diagnostic> sorted = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(diagnostics.sorted()));
        return new Result(load, scope, plan, List.copyOf(sorted));
    }
}
