package dev.kiln.cli;

import dev.kiln.compiler.config.ConfigLoader;
import dev.kiln.compiler.config.LoadResult;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.eval.EvalContext;
import dev.kiln.compiler.syntax.ParsedFiles;
import dev.kiln.compiler.variables.ScopeOptions;
import dev.kiln.compiler.variables.ScopeResult;
import dev.kiln.compiler.variables.TemplateScope;
import dev.kiln.compiler.variables.VariableInputs;
import dev.kiln.runtime.PluginCatalog;
import dev.kiln.stdlib.functions.FunctionEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The console's scope with a template: its variables (from defaults, {@code PKR_VAR_*}, auto var
 * files, {@code -var-file} and {@code -var}) and locals, as {@code packer console TEMPLATE} has
 * them. As in {@code inspect}, an unset variable is unknown rather than an error; data sources are
 * not in scope.
 */
final class TemplateConsoleScope implements ConsoleScope {

    private final EvalContext context;
    private final ParsedFiles sources;

    private TemplateConsoleScope(EvalContext context, ParsedFiles sources) {
        this.context = context;
        this.sources = sources;
    }

    /** The scope, and the problems loading the template and evaluating its variables gave. */
    record Loaded(TemplateConsoleScope scope, List<Diagnostic> diagnostics) {}

    static Loaded load(Path template, List<String> vars, List<String> varFiles, ParamOptions params) {
        ConfigurationLoading.Loaded loaded = ConfigurationLoading.load(template, params, new ConfigLoader(PluginCatalog.BUILT_IN));
        LoadResult load = loaded.load();
        VariableInputs inputs = loaded.inputs(new VariableInputs(varFiles, vars, System.getenv(), true));
        ScopeResult scope = TemplateScope.evaluate(load.template(), load.files(), inputs,
                ScopeOptions.inspect(FunctionEnvironment.system()));
        List<Diagnostic> diagnostics = new ArrayList<>(load.diagnostics());
        diagnostics.addAll(loaded.remap(scope.diagnostics()));
        return new Loaded(new TemplateConsoleScope(scope.context(), load.files()), diagnostics);
    }

    @Override
    public EvalContext context() {
        return context;
    }

    @Override
    public ParsedFiles sources() {
        return sources;
    }
}
