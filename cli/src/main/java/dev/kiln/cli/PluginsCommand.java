package dev.kiln.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kiln plugins installed|required PATH}: Packer's plugin listing commands, over kiln's built-in plugins. */
@Command(
        name = "plugins",
        description = "Lists the plugins kiln provides (installed) or a template requires (required PATH).",
        subcommands = {PluginsCommand.Installed.class, PluginsCommand.Required.class})
public final class PluginsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a subcommand: the usage, and exit 127 as for the root command. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.UNKNOWN_COMMAND;
    }

    /** {@code kiln plugins installed}. */
    @Command(
            name = "installed",
            description = "Lists the Packer plugins kiln has built in, with the components of each.")
    static final class Installed implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return PluginRequirementsRun.installed(spec.commandLine());
        }
    }

    /** {@code kiln plugins required PATH}. */
    @Command(
            name = "required",
            description = "Lists the required_plugins of a template and whether kiln provides each.")
    static final class Required implements Callable<Integer> {
        @Parameters(paramLabel = "PATH", description = "A template file or directory.")
        String path;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return PluginRequirementsRun.required(path, spec.commandLine());
        }
    }
}
