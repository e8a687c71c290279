package dev.kiln.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kiln init}: Packer's {@code packer init}, for the plugins kiln has built in. */
@Command(
        name = "init",
        description = {
            "Checks the required_plugins of a template: kiln has its plugins built in, so there is nothing to"
                    + " install; it says which plugins it provides.",
            "Exit status: 0 when kiln provides every required plugin, 1 when it does not (they are named)."
        })
public final class InitCommand implements Callable<Integer> {

    @Option(
            names = {"-upgrade", "--upgrade"},
            description = "Accepted for Packer compatibility; built-in plugins are never upgraded.")
    boolean upgrade;

    @Option(
            names = {"-force", "--force"},
            description = "Accepted for Packer compatibility; nothing is reinstalled.")
    boolean force;

    @Parameters(
            paramLabel = "PATH",
            arity = "0..1",
            defaultValue = ".",
            description = "A template file or directory (default: .).")
    String path;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return PluginRequirementsRun.init(path, spec.commandLine());
    }
}
