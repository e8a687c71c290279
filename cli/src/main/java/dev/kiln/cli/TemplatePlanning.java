package dev.kiln.cli;

import dev.kiln.compiler.Compilation;
import dev.kiln.compiler.CompileRequest;
import dev.kiln.compiler.CompileStage;
import dev.kiln.compiler.Compiler;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.variables.ScopeOptions;
import dev.kiln.compiler.variables.VariableInputs;
import dev.kiln.runtime.PluginCatalog;
import dev.kiln.runtime.datasource.DataSources;
import dev.kiln.runtime.engine.BuildJob;
import dev.kiln.runtime.plan.PlanJobs;
import dev.kiln.runtime.plan.SensitiveValues;
import dev.kiln.runtime.secrets.RemoteSecretSource;
import dev.kiln.stdlib.functions.FunctionEnvironment;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code kiln build}'s planning: the template compiled as validate compiles it ({@code *.j2}
 * rendered with {@code --params}, variables from defaults, var files, {@code -var} and
 * {@code PKR_VAR_*} with validate's checks, the Plan made with {@code -only}/{@code -except}), but
 * with data sources and secret stores live, and its builds turned into jobs. Any error means no jobs: build runs nothing that validate rejects.
 */
final class TemplatePlanning implements PlanSource {

    private final ParamOptions params;
    private final PluginCatalog catalog;
    private final Map<String, String> environment;
    private RemoteSecretSource secrets;

    TemplatePlanning(ParamOptions params, PluginCatalog catalog, Map<String, String> environment) {
        this.params = params;
        this.catalog = catalog;
        this.environment = environment;
    }

    @Override
    public PlannedRun plan(BuildRequest request) {
        VariableInputs inputs =
                new VariableInputs(request.varFiles(), request.vars(), environment, request.warnOnUndeclaredVar());
        Compilation compilation;
        // A build needs real values: data sources run (as in packer build) and the secret functions
        // (aws_secretsmanager, vault, consul_key) read their stores. Data source outputs are values
        // in the scope once evaluated, so their clients close right after planning.
        // The secret store clients stay open until close(): provisioner bodies are evaluated again,
        // with build.* known, right before each runs.
        if (secrets == null) secrets = RemoteSecretSource.fromEnvironment(environment);
        try (DataSources dataSources = new DataSources(catalog)) {
            ScopeOptions options = ScopeOptions.validate(
                            FunctionEnvironment.system().withSecrets(secrets))
                    .withDataSources(dataSources);
            compilation = new Compiler(catalog)
                    .compile(CompileRequest.of(request.template(), CompileStage.PLAN)
                            .withParams(params.arguments())
                            .withVariables(inputs)
                            .withSelection(request.only(), request.except())
                            .withScope(options));
        }
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(RenderedFiles.keep(compilation.rendering(), params));
        diagnostics.addAll(compilation.diagnostics());
        Set<String> secrets = SensitiveValues.of(compilation.scope().orElseThrow());
        if (diagnostics.hasErrors())
            return new PlannedRun(List.of(), diagnostics.list(), compilation.sources(), secrets);
        Diagnostics assembly = new Diagnostics();
        List<BuildJob> jobs = new PlanJobs(catalog).of(compilation.plan().plan(), assembly);
        diagnostics.addAll(compilation.remap(assembly.sorted()));
        List<Diagnostic> all = diagnostics.list();
        return new PlannedRun(assembly.hasErrors() ? List.of() : jobs, all, compilation.sources(), secrets);
    }

    @Override
    public void close() {
        if (secrets != null) secrets.close();
    }
}
