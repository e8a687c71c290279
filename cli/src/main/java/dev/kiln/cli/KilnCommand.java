package dev.kiln.cli;

import dev.kiln.cli.lsp.LspCommand;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root command {@code kiln}: dispatches to subcommands and prints the command list otherwise.
 *
 * <p>To add a command, write a class annotated with {@code @Command(name = ...)} and add it to
 * {@link #COMMANDS} below. picocli reflects over every listed class when the command line is
 * built, which loads the classes of their fields: keep command classes to options and parameters,
 * and reach compiler or runtime code only from inside {@code call()}, so that {@code kiln --help}
 * and {@code kiln validate} never load what only {@code build} needs (see docs/cli.md).
 */
@Command(
        name = "kiln",
        synopsisSubcommandLabel = "<command>",
        description = "Builds machine images from Packer templates.",
        commandListHeading = "%nAvailable commands are:%n",
        versionProvider = KilnCommand.Version.class)
public final class KilnCommand implements Callable<Integer> {

    /**
     * Every subcommand, by name, in the order {@code --help} lists them. picocli builds its model of
     * a command by reflecting over the class, about 10 ms each on a cold JVM, so a run registers only
     * the command it was asked for ({@link Main#commandLineFor}); help and unknown commands get all.
     */
    static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("build", BuildCommand::new);
        commands.put("cleanup", CleanupCommand::new);
        commands.put("console", ConsoleCommand::new);
        commands.put("fmt", FmtCommand::new);
        commands.put("iam-policy", IamPolicyCommand::new);
        commands.put("init", InitCommand::new);
        commands.put("inspect", InspectCommand::new);
        commands.put("lsp", LspCommand::new);
        commands.put("plugins", PluginsCommand::new);
        commands.put("render", RenderCommand::new);
        commands.put("validate", ValidateCommand::new);
        commands.put("version", VersionCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    // -help is there because Go's flag package, and so Packer, accepts it too.
    @Option(
            names = {"-h", "-help", "--help"},
            usageHelp = true,
            scope = ScopeType.INHERIT,
            description = "Shows this help and exits.")
    private boolean help;

    @Option(
            names = {"-v", "-version", "--version"},
            versionHelp = true,
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
