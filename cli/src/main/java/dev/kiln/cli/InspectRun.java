package dev.kiln.cli;

import dev.kiln.cli.report.InspectJson;
import dev.kiln.compiler.plan.BuildOutline;
import dev.kiln.compiler.config.ConfigLoader;
import dev.kiln.compiler.plan.TemplateValidation;
import dev.kiln.compiler.variables.ScopeOptions;
import dev.kiln.compiler.variables.VariableInputs;
import dev.kiln.runtime.PluginCatalog;
import dev.kiln.stdlib.functions.FunctionEnvironment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * What {@code kiln inspect} does: loads the template (read and parse errors are reported, exit 1),
 * evaluates variables leniently (unset ones are unknown; problems are ignored, as Packer ignores
 * initialisation errors here) and prints the outline in text or JSON.
 */
final class InspectRun {

    private InspectRun() {}

    static int run(InspectCommand command, CommandLine commandLine) {
        PrintWriter out = commandLine.getOut();
        PrintWriter err = commandLine.getErr();
        if (!command.format.equals("text") && !command.format.equals("json")) {
            err.println("kiln inspect: invalid value for -format: \"" + command.format + "\" (expected one of text, json)");
            err.flush();
            return ExitCode.ERROR;
        }
        VariableInputs inputs = new VariableInputs(command.varFiles, command.vars, System.getenv(), true);
        ConfigurationLoading.Loaded loaded = ConfigurationLoading.load(Path.of(command.path), command.renderOptions,
                new ConfigLoader(PluginCatalog.BUILT_IN));
        TemplateValidation.Result result = new TemplateValidation(PluginCatalog.BUILT_IN)
                .validate(loaded.load(), loaded.inputs(inputs), ScopeOptions.inspect(FunctionEnvironment.system()), List.of(), List.of());
        if (result.load().hasErrors()) {
            boolean colored = ColorChoice.enabled(true, System.getenv(), ColorChoice.onTerminal());
            new DiagnosticPrinter(err, colored).print(result.load().diagnostics(), result.load().files());
            return ExitCode.ERROR;
        }
        List<BuildOutline> outlines = BuildOutline.of(result.load().template(), result.scope().context());
        if (command.format.equals("json")) {
            out.print(InspectJson.of(result.scope(), result.plan().plan()));
        } else {
            out.print(InspectText.of(result.scope(), outlines));
        }
        out.flush();
        return ExitCode.OK;
    }
}
