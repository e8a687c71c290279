package dev.kiln.cli;

import dev.kiln.compiler.variables.VariableInputs;

/** {@code kiln validate} without {@code -syntax-only}: the options of {@link ValidateCommand} turned into a {@link TemplateCheck}. */
final class FullValidation {

    private FullValidation() {}

    static int run(ValidateCommand command, ValidationReport report) {
        if (command.evaluateDatasources) {
            // Never ignore the flag silently: a user asking for it expects data.* to be known.
            report.unavailable("-evaluate-datasources is not available",
                    "kiln does not run data sources yet, so validate treats their outputs as unknown values. Run"
                            + " validate without -evaluate-datasources.");
            return ExitCode.ERROR;
        }
        VariableInputs inputs = new VariableInputs(command.varFiles, command.vars, System.getenv(),
                !command.noWarnUndeclaredVar);
        TemplateCheck.Result result = TemplateCheck.check(command.paths, inputs, command.only, command.except, command.renderOptions);
        report.print(result.diagnostics(), result.sources(), "The configuration is valid.");
        return result.valid() ? ExitCode.OK : ExitCode.ERROR;
    }
}
