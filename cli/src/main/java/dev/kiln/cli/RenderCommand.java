package dev.kiln.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kiln render}: renders the {@code *.j2} templates of a configuration with their parameters. */
@Command(
        name = "render",
        description = {
            "Renders the *.j2 templates of PATH (a directory, or one .j2 file) with Jinja and the given parameters,"
                    + " and prints each rendered file after a header comment naming it, or writes them to -o DIR.",
            "Exit status: 0 when everything rendered, 1 otherwise."
        })
public final class RenderCommand implements Callable<Integer> {

    @Mixin
    ParamOptions renderOptions = new ParamOptions();

    @Option(
            names = {"-o", "-output", "--output"},
            paramLabel = "OUTDIR",
            description = "Write the rendered files (named without .j2) into OUTDIR instead of printing them.")
    String output;

    @Option(
            names = {"-color", "--color"},
            arity = "0..1",
            defaultValue = "true",
            fallbackValue = "true",
            description = "Colour the diagnostics on a terminal (default true).")
    boolean color;

    @Parameters(paramLabel = "PATH", description = "A configuration directory or a .j2 file.")
    String path;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return RenderRun.run(path, renderOptions, output, color, spec.commandLine());
    }
}
