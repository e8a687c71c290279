package dev.kiln.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kiln inspect}: lists a template's variables, locals and builds, as {@code packer inspect}. */
@Command(
        name = "inspect",
        description = {
            "Shows the variables, locals and builds of a template. Unset variables show as <unknown>,"
                    + " sensitive values as <sensitive>.",
            "Exit status: 0, also when variables are unset; 1 when the template cannot be read."
        })
public final class InspectCommand implements Callable<Integer> {

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
            names = {"-format", "--format"},
            defaultValue = "text",
            paramLabel = "text|json",
            description = "text (default, as packer inspect) or json (see docs/cli.md).")
    String format;

    @Mixin
    ParamOptions renderOptions = new ParamOptions();

    @Parameters(paramLabel = "PATH", description = "A template file or directory.")
    String path;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return InspectRun.run(this, spec.commandLine());
    }
}
