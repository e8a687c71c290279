package dev.kiln.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kiln fmt}: rewrites HCL templates and variable files in the canonical style, as {@code packer fmt}. */
@Command(
        name = "fmt",
        description = {
            "Rewrites Packer templates (*.pkr.hcl) and variable files (*.pkrvars.hcl) in the canonical"
                    + " HCL style. JSON files are not modified.",
            "Exit status: 0 when nothing had to change (or everything was rewritten), 3 with -check when"
                    + " a file is not formatted, 1 on a syntax error."
        })
public final class FmtCommand implements Callable<Integer> {

    @Option(
            names = {"-check", "--check"},
            description = "Only check that the input is formatted (implies -write=false); exit 3 if not.")
    boolean check;

    @Option(
            names = {"-diff", "--diff"},
            description = "Print a unified diff of each change.")
    boolean diff;

    @Option(
            names = {"-write", "--write"},
            arity = "0..1",
            defaultValue = "true",
            fallbackValue = "true",
            description = "Write the result back to the files (default true; -write=false to only list them).")
    boolean write;

    @Option(
            names = {"-recursive", "--recursive"},
            description = "Also process files in subdirectories.")
    boolean recursive;

    @Option(
            names = {"-color", "--color"},
            arity = "0..1",
            defaultValue = "true",
            fallbackValue = "true",
            description = "Colour the diagnostics on a terminal (default true).")
    boolean color;

    @Parameters(
            paramLabel = "PATH",
            arity = "0..*",
            description =
                    "Files or directories to format (default: the current directory); - reads standard input and writes standard output.")
    List<String> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        boolean colored = ColorChoice.enabled(color, System.getenv(), ColorChoice.onTerminal());
        FormatRun run = new FormatRun(
                spec.commandLine().getOut(),
                new DiagnosticPrinter(spec.commandLine().getErr(), colored),
                System.in,
                check ? false : write,
                diff,
                recursive);
        FormatRun.Result result = run.format(paths == null || paths.isEmpty() ? List.of(".") : paths);
        if (result.failed()) return ExitCode.ERROR;
        return check && result.changed() ? ExitCode.FMT_CHECK_FAILED : ExitCode.OK;
    }
}
