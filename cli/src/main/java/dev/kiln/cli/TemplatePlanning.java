package dev.kiln.cli;

import dev.kiln.cli.build.BuildRequest;
import dev.kiln.cli.build.PlanJobs;
import dev.kiln.cli.build.PlanSource;
import dev.kiln.cli.build.PlannedRun;
import dev.kiln.cli.build.SensitiveValues;
import dev.kiln.compiler.config.ConfigLoader;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.plan.TemplateValidation;
import dev.kiln.compiler.variables.ScopeOptions;
import dev.kiln.compiler.variables.VariableInputs;
import dev.kiln.runtime.PluginCatalog;
import dev.kiln.runtime.datasource.DataSources;
import dev.kiln.runtime.engine.BuildJob;
import dev.kiln.runtime.secrets.RemoteSecretSource;
import dev.kiln.stdlib.functions.FunctionEnvironment;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code kiln build}'s planning: the template loaded as validate loads it ({@code *.j2} rendered
 * with {@code --params}), variables evaluated from defaults, var files, {@code -var} and
 * {@code PKR_VAR_*} with validate's checks, the Plan made with {@code -only}/{@code -except}, and
 * its builds turned into jobs. Any error means no jobs: build runs nothing that validate rejects.
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
        ConfigurationLoading.Loaded loaded = ConfigurationLoading.load(request.template(), params,
                new ConfigLoader(catalog));
        VariableInputs inputs = loaded.inputs(new VariableInputs(request.varFiles(), request.vars(), environment,
                request.warnOnUndeclaredVar()));
        TemplateValidation.Result result;
        // A build needs real values: data sources run (as in packer build) and the secret functions
        // (aws_secretsmanager, vault, consul_key) read their stores. Data source outputs are values
        // in the scope once evaluated, so their clients close right after planning.
        // The secret store clients stay open until close(): provisioner bodies are evaluated again,
        // with build.* known, right before each runs.
        if (secrets == null) secrets = RemoteSecretSource.fromEnvironment(environment);
        try (DataSources dataSources = new DataSources(catalog)) {
            ScopeOptions options = ScopeOptions.validate(FunctionEnvironment.system().withSecrets(secrets))
                    .withDataSources(dataSources);
            result = new TemplateValidation(catalog).validate(loaded.load(), inputs, options,
                    request.only(), request.except());
        }
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(loaded.remap(result.diagnostics()));
        Set<String> secrets = SensitiveValues.of(result.scope());
        if (diagnostics.hasErrors()) return new PlannedRun(List.of(), diagnostics.list(), result.load().files(), secrets);
        Diagnostics assembly = new Diagnostics();
        List<BuildJob> jobs = new PlanJobs(catalog).of(result.plan().plan(), assembly);
        diagnostics.addAll(loaded.remap(assembly.sorted()));
        List<Diagnostic> all = diagnostics.list();
        return new PlannedRun(assembly.hasErrors() ? List.of() : jobs, all, result.load().files(), secrets);
    }

    @Override
    public void close() {
        if (secrets != null) secrets.close();
    }
}
