package dev.kiln.cli;

import dev.kiln.compiler.datasource.DataSourceRunner;
import dev.kiln.compiler.variables.VariableInputs;
import dev.kiln.runtime.PluginCatalog;
import dev.kiln.runtime.datasource.DataSources;

/** {@code kiln validate} without {@code -syntax-only}: the options of {@link ValidateCommand} turned into a {@link TemplateCheck}. */
final class FullValidation {

    private FullValidation() {}

    static int run(ValidateCommand command, StandardInputTemplate input, ValidationReport report) {
        if (!command.evaluateDatasources) return run(command, input, report, DataSourceRunner.NONE);
        // As in Packer, data sources run only when asked: they call clouds. Their clients close with the run.
        try (DataSources dataSources = new DataSources(PluginCatalog.BUILT_IN)) {
            return run(command, input, report, dataSources);
        }
    }

    /** The variable values of {@code command}: its {@code -var}s, {@code -var-file}s and the environment. */
    static VariableInputs inputs(ValidateCommand command) {
        return new VariableInputs(command.varFiles, command.vars, System.getenv(), !command.noWarnUndeclaredVar);
    }

    private static int run(
            ValidateCommand command,
            StandardInputTemplate input,
            ValidationReport report,
            DataSourceRunner dataSources) {
        TemplateCheck.Result result = TemplateCheck.check(
                input.paths(),
                inputs(command),
                command.only,
                command.except,
                command.renderOptions,
                dataSources,
                input.documents());
        report.print(result.diagnostics(), result.sources(), "The configuration is valid.");
        return result.valid() ? ExitCode.OK : ExitCode.ERROR;
    }
}
