package dev.kiln.cli;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.syntax.ParsedFiles;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kiln console}: evaluates expressions interactively or from standard input, as {@code packer console}. */
@Command(
        name = "console",
        description = {
            "Evaluates HCL expressions as a template would. On a terminal it is an interactive prompt with"
                    + " line editing and history; otherwise every line of standard input is evaluated.",
            "Special inputs: help, help NAME, variables, exit.",
            "Exit status: 0, or 1 when a piped line failed."
        })
public final class ConsoleCommand implements Callable<Integer> {

    @Option(
            names = {"-var", "--var"},
            paramLabel = "KEY=VALUE",
            description = "Sets a variable of the template.")
    List<String> vars = List.of();

    @Option(
            names = {"-var-file", "--var-file"},
            paramLabel = "FILE",
            description = "Reads variable values from FILE.")
    List<String> varFiles = List.of();

    @Option(
            names = {"-color", "--color"},
            arity = "0..1",
            defaultValue = "true",
            fallbackValue = "true",
            description = "Colour the diagnostics on a terminal (default true).")
    boolean color;

    @Mixin
    ParamOptions renderOptions = new ParamOptions();

    @Parameters(paramLabel = "TEMPLATE", arity = "0..1", description = "A template file or directory.")
    String template;

    @Spec
    CommandSpec spec;

    /** Standard input; tests replace it. */
    java.io.InputStream stdin = System.in;

    /** Whether standard input is a terminal; tests force it off. */
    boolean interactive = System.console() != null;

    @Override
    public Integer call() {
        boolean colored = ColorChoice.enabled(color, System.getenv(), ColorChoice.onTerminal());
        DiagnosticPrinter errors = new DiagnosticPrinter(spec.commandLine().getErr(), colored && interactive);
        ConsoleScope scope;
        if (template != null) {
            TemplateConsoleScope.Loaded loaded =
                    TemplateConsoleScope.load(Paths.get(template), vars, varFiles, renderOptions);
            errors.print(loaded.diagnostics(), loaded.scope().sources());
            if (loaded.diagnostics().stream().anyMatch(Diagnostic::isError)) return ExitCode.ERROR;
            scope = loaded.scope();
        } else if (!vars.isEmpty() || !varFiles.isEmpty()) {
            errors.print(
                    List.of(CliDiagnostics.NO_TEMPLATE_FOR_VAR_AND_VAR_FILE.error(
                            "Variables belong to a template: run \"kiln console -var ... TEMPLATE\", where TEMPLATE is the"
                                    + " template file or directory that declares them.",
                            null)),
                    new ParsedFiles());
            return ExitCode.ERROR;
        } else {
            scope = new TemplatelessScope(Paths.get(""));
        }
        if (interactive) return InteractiveConsole.run(scope, colored);
        ConsoleSession session = new ConsoleSession(scope, spec.commandLine().getOut(), errors);
        return PipedConsole.run(new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)), session);
    }
}
