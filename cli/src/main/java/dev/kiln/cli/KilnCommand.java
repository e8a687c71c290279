package dev.kiln.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root command {@code kiln}: dispatches to subcommands and prints the command list otherwise.
 *
 * <p>To add a command, write a class annotated with {@code @Command(name = ...)} and list it in
 * {@code subcommands} below. picocli reflects over every listed class when the command line is
 * built, which loads the classes of their fields: keep command classes to options and parameters,
 * and reach compiler or runtime code only from inside {@code call()}, so that {@code kiln --help}
 * and {@code kiln validate} never load what only {@code build} needs (see docs/cli.md).
 */
@Command(
        name = "kiln",
        synopsisSubcommandLabel = "<command>",
        description = "Builds machine images from Packer templates.",
        commandListHeading = "%nAvailable commands are:%n",
        versionProvider = KilnCommand.Version.class,
        subcommands = {
            BuildCommand.class,
            ConsoleCommand.class,
            FmtCommand.class,
            InspectCommand.class,
            RenderCommand.class,
            ValidateCommand.class,
            VersionCommand.class,
        })
public final class KilnCommand implements Callable<Integer> {

    // -help is there because Go's flag package, and so Packer, accepts it too.
    @Option(names = {"-h", "-help", "--help"}, usageHelp = true, scope = ScopeType.INHERIT,
            description = "Shows this help and exits.")
    private boolean help;

    @Option(names = {"-v", "-version", "--version"}, versionHelp = true,
            description = "Prints the kiln version and exits.")
    private boolean version;

    @Spec
    private CommandSpec spec;

    private boolean machineReadable;

    /** Switches every command's UI to Packer's machine-readable lines (Main takes the flag out of argv). */
    void machineReadable(boolean on) {
        machineReadable = on;
    }

    /** Whether {@code -machine-readable} was given anywhere on the command line. */
    boolean machineReadable() {
        return machineReadable;
    }

    /** Without a subcommand Packer prints the command list and exits 127; so does kiln. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.UNKNOWN_COMMAND;
    }

    /** Supplies {@code --version} from the same constant as {@code kiln version}. */
    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {KilnVersion.LINE};
        }
    }
}
