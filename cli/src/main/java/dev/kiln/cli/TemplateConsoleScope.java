package dev.kiln.cli;

import dev.kiln.compiler.Compilation;
import dev.kiln.compiler.CompileRequest;
import dev.kiln.compiler.CompileStage;
import dev.kiln.compiler.Compiler;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.eval.EvalContext;
import dev.kiln.compiler.syntax.SourceSet;
import dev.kiln.compiler.variables.ScopeOptions;
import dev.kiln.compiler.variables.VariableInputs;
import dev.kiln.runtime.PluginCatalog;
import dev.kiln.stdlib.functions.FunctionEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The console's scope for a template: its variables (from defaults, {@code PKR_VAR_*}, auto var
 * files, {@code -var-file} and {@code -var}) and locals, as {@code packer console TEMPLATE} has
 * them. As in {@code inspect}, an unset variable is unknown rather than an error; data sources are
 * not in scope.
 */
final class TemplateConsoleScope implements ConsoleScope {

    private final EvalContext context;
    private final SourceSet sources;

    private TemplateConsoleScope(EvalContext context, SourceSet sources) {
        this.context = context;
        this.sources = sources;
    }

    /** The scope, and the problems loading the template and evaluating its variables gave. */
    record Loaded(TemplateConsoleScope scope, List<Diagnostic> diagnostics) {}

    static Loaded load(Path template, List<String> vars, List<String> varFiles, ParamOptions params) {
        VariableInputs inputs = new VariableInputs(varFiles, vars, System.getenv(), true);
        Compilation compilation = new Compiler(PluginCatalog.BUILT_IN)
                .compile(CompileRequest.of(template, CompileStage.SCOPE)
                        .withParams(params.arguments())
                        .withVariables(inputs)
                        .withScope(ScopeOptions.inspect(FunctionEnvironment.system())));
        List<Diagnostic> diagnostics = new ArrayList<>(RenderedFiles.keep(compilation.rendering(), params));
        diagnostics.addAll(compilation.diagnostics());
        return new Loaded(
                new TemplateConsoleScope(compilation.scope().orElseThrow().context(), compilation.sources()),
                diagnostics);
    }

    @Override
    public EvalContext context() {
        return context;
    }

    @Override
    public SourceSet sources() {
        return sources;
    }
}
