package dev.kiln.cli;

import dev.kiln.compiler.CompileStage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kiln validate}: checks templates, as {@code packer validate}. */
@Command(
        name = "validate",
        description = {
            "Checks that Packer templates are valid. Each PATH is a template file or a directory of"
                    + " templates, checked on its own.",
            "Exit status: 0 when every path is valid, 1 otherwise."
        })
public final class ValidateCommand implements Callable<Integer> {

    @Option(
            names = {"-syntax-only", "--syntax-only"},
            description = "Only check what Packer's -syntax-only checks:"
                    + " the syntax, the top-level blocks, the packer block, variables, locals and variable values; no plugin"
                    + " options and no builds.")
    boolean syntaxOnly;

    @Option(
            names = {"-parse-only", "--parse-only"},
            description = "Only parse the files (and var files found" + " beside them); nothing is decoded.")
    boolean parseOnly;

    @Option(
            names = {"-format", "--format"},
            defaultValue = "text",
            paramLabel = "text|json|sarif|github",
            description = "How to report problems: text (default, on stderr), json, sarif (SARIF 2.1.0) or github"
                    + " (GitHub Actions annotations), on stdout.")
    String format;

    @Option(
            names = {"-color", "--color"},
            arity = "0..1",
            defaultValue = "true",
            fallbackValue = "true",
            description = "Colour the diagnostics on a terminal (default true).")
    boolean color;

    @Option(
            names = {"-var", "--var"},
            paramLabel = "KEY=VALUE",
            description = "Sets a variable (repeatable).")
    List<String> vars = new ArrayList<>();

    @Option(
            names = {"-var-file", "--var-file"},
            paramLabel = "FILE",
            description = "Reads variable values from a file (repeatable).")
    List<String> varFiles = new ArrayList<>();

    @Option(
            names = {"-only", "--only"},
            paramLabel = "GLOBS",
            description =
                    "Validates only the builds whose name ([BUILD.]TYPE.NAME) matches one of these comma-separated globs.")
    List<String> only = new ArrayList<>();

    @Option(
            names = {"-except", "--except"},
            paramLabel = "GLOBS",
            description =
                    "Skips the builds (and post-processors, by name or type) matching these comma-separated globs.")
    List<String> except = new ArrayList<>();

    @Option(
            names = {"-evaluate-datasources", "--evaluate-datasources"},
            description =
                    "Runs the data sources (calling their clouds) so that data.* values are known; without it they are unknown.")
    boolean evaluateDatasources;

    @Option(
            names = {"-no-warn-undeclared-var", "--no-warn-undeclared-var"},
            description = "Does not warn about values in var files for undeclared variables.")
    boolean noWarnUndeclaredVar;

    @Mixin
    ParamOptions renderOptions = new ParamOptions();

    @Option(
            names = {"-stdin-filename", "--stdin-filename"},
            paramLabel = "NAME",
            defaultValue = StandardInputTemplate.DEFAULT_NAME,
            description = "With PATH -: the file name standing for standard input, shown in diagnostics; its directory"
                    + " is the template directory (default " + StandardInputTemplate.DEFAULT_NAME + ").")
    String stdinFilename;

    @Parameters(
            paramLabel = "PATH",
            arity = "1..*",
            description = "Template files or directories; - reads one template from standard input.")
    List<String> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ValidationReport report = ValidationReport.create(format, spec.commandLine(), color);
        if (report == null) return ExitCode.ERROR;
        StandardInputTemplate input;
        try {
            input = StandardInputTemplate.of(paths, stdinFilename, System.in);
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("kiln validate: cannot read standard input: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCode.ERROR;
        }
        if (!syntaxOnly && !parseOnly) return FullValidation.run(this, input, report);
        SyntaxCheck.Result result = SyntaxCheck.check(
                input.paths(),
                parseOnly ? CompileStage.PARSE : CompileStage.DECODE,
                FullValidation.inputs(this),
                renderOptions,
                input.documents());
        report.print(
                result.diagnostics(),
                result.files(),
                parseOnly
                        ? "Parse-only check passed. Everything looks okay."
                        : "Syntax-only check passed. Everything looks okay.");
        return result.valid() ? ExitCode.OK : ExitCode.ERROR;
    }
}
