package dev.kiln.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kiln validate}: checks templates, as {@code packer validate}. */
@Command(name = "validate",
        description = {
            "Checks that Packer templates are valid. Each PATH is a template file or a directory of"
                    + " templates, checked on its own.",
            "Exit status: 0 when every path is valid, 1 otherwise."
        })
public final class ValidateCommand implements Callable<Integer> {

    @Option(names = {"-syntax-only", "--syntax-only"}, description = "Only check the syntax of the files.")
    boolean syntaxOnly;

    @Option(names = {"-format", "--format"}, defaultValue = "text", paramLabel = "text|json|sarif|github",
            description = "How to report problems: text (default, on stderr), json, sarif (SARIF 2.1.0) or github"
                    + " (GitHub Actions annotations), on stdout.")
    String format;

    @Option(names = {"-color", "--color"}, arity = "0..1", defaultValue = "true", fallbackValue = "true",
            description = "Colour the diagnostics on a terminal (default true).")
    boolean color;

    @Mixin
    ParamOptions renderOptions = new ParamOptions();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Template files or directories.")
    List<String> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ValidationReport report = ValidationReport.create(format, spec.commandLine(), color);
        if (report == null) return ExitCode.ERROR;
        if (!syntaxOnly) {
            report.unavailable("Full validation is not available yet",
                    "This build of kiln checks the syntax of templates only. Run \"kiln validate -syntax-only PATH\".");
            return ExitCode.ERROR;
        }
        SyntaxCheck.Result result = SyntaxCheck.check(paths, renderOptions);
        report.print(result.diagnostics(), result.files(), "Syntax-only check passed. Everything looks okay.");
        return result.valid() ? ExitCode.OK : ExitCode.ERROR;
    }
}
