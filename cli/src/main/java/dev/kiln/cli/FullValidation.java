package dev.kiln.cli;

import dev.kiln.compiler.datasource.DataSourceRunner;
import dev.kiln.compiler.variables.VariableInputs;
import dev.kiln.runtime.PluginCatalog;
import dev.kiln.runtime.datasource.DataSources;

/** {@code kiln validate} without {@code -syntax-only}: the options of {@link ValidateCommand} turned into a {@link TemplateCheck}. */
final class FullValidation {

    private FullValidation() {}

    static int run(ValidateCommand command, ValidationReport report) {
        if (!command.evaluateDatasources) return run(command, report, DataSourceRunner.NONE);
        // As in Packer, data sources run only when asked: they call clouds. Their clients close with the run.
        try (DataSources dataSources = new DataSources(PluginCatalog.BUILT_IN)) {
            return run(command, report, dataSources);
        }
    }

    private static int run(ValidateCommand command, ValidationReport report, DataSourceRunner dataSources) {
        VariableInputs inputs = new VariableInputs(command.varFiles, command.vars, System.getenv(),
                !command.noWarnUndeclaredVar);
        TemplateCheck.Result result = TemplateCheck.check(command.paths, inputs, command.only, command.except,
                command.renderOptions, dataSources);
        report.print(result.diagnostics(), result.sources(), "The configuration is valid.");
        return result.valid() ? ExitCode.OK : ExitCode.ERROR;
    }
}
