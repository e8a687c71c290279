package dev.kiln.cli;

import dev.kiln.cli.report.InspectJson;
import dev.kiln.compiler.Compilation;
import dev.kiln.compiler.CompileRequest;
import dev.kiln.compiler.CompileStage;
import dev.kiln.compiler.Compiler;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.plan.BuildOutline;
import dev.kiln.compiler.variables.ScopeOptions;
import dev.kiln.compiler.variables.ScopeResult;
import dev.kiln.compiler.variables.VariableInputs;
import dev.kiln.runtime.PluginCatalog;
import dev.kiln.stdlib.functions.FunctionEnvironment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * What {@code kiln inspect} does: compiles the template to a Plan with inspect's scope (read and
 * parse errors are reported, exit 1; unset variables are unknown and other problems ignored, as
 * Packer ignores initialisation errors here) and prints the outline in text or JSON.
 */
final class InspectRun {

    private InspectRun() {}

    static int run(InspectCommand command, CommandLine commandLine) {
        PrintWriter out = commandLine.getOut();
        PrintWriter err = commandLine.getErr();
        if (!command.format.equals("text") && !command.format.equals("json")) {
            err.println(
                    "kiln inspect: invalid value for -format: \"" + command.format + "\" (expected one of text, json)");
            err.flush();
            return ExitCode.ERROR;
        }
        VariableInputs inputs = new VariableInputs(command.varFiles, command.vars, System.getenv(), true);
        Compilation compilation = new Compiler(PluginCatalog.BUILT_IN)
                .compile(CompileRequest.of(Path.of(command.path), CompileStage.PLAN)
                        .withParams(command.renderOptions.arguments())
                        .withVariables(inputs)
                        .withScope(ScopeOptions.inspect(FunctionEnvironment.system())));
        List<Diagnostic> load = new ArrayList<>(RenderedFiles.keep(compilation.rendering(), command.renderOptions));
        load.addAll(compilation.loadDiagnostics());
        if (load.stream().anyMatch(Diagnostic::isError)) {
            boolean colored = ColorChoice.enabled(true, System.getenv(), ColorChoice.onTerminal());
            new DiagnosticPrinter(err, colored).print(load, compilation.sources());
            return ExitCode.ERROR;
        }
        ScopeResult scope = compilation.scope().orElseThrow();
        if (command.format.equals("json")) {
            out.print(InspectJson.of(scope, compilation.plan().plan()));
        } else {
            out.print(InspectText.of(scope, BuildOutline.of(compilation.template(), scope.context())));
        }
        out.flush();
        return ExitCode.OK;
    }
}
