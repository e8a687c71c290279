package dev.kiln.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/** Entry point of the runnable jar: {@code java -jar kiln.jar [command] [flags] [args]}. */
public final class Main {

    private Main() {}

    /** Runs kiln and exits with its exit code. */
    public static void main(String[] args) {
        WarmUp.startFor(args);
        System.exit(run(args));
    }

    /** Runs kiln on the process's stdout and stderr. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        try {
            return execute(out, err, "1".equals(System.getenv("KILN_DEBUG")), args);
        } finally {
            // Autoflush covers println only; System.exit would drop a trailing print().
            out.flush();
            err.flush();
        }
    }

    /**
     * Runs kiln with {@code args}; as Packer, {@code -machine-readable} is taken out of the arguments
     * wherever it is and switches the UI of the whole run.
     */
    public static int execute(PrintWriter out, PrintWriter err, boolean debug, String... args) {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean machineReadable = rest.removeIf(a -> a.equals("-machine-readable") || a.equals("--machine-readable"));
        String[] arguments = rest.toArray(String[]::new);
        KilnCommand root = new KilnCommand();
        root.machineReadable(machineReadable);
        return configure(commandLineFor(root, arguments), out, err, debug).execute(arguments);
    }

    /** The configured root command line with every command, writing to the given writers. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean debug) {
        return configure(commandLineFor(new KilnCommand(), new String[0]), out, err, debug);
    }

    /**
     * The command line for {@code arguments}: the root and, when the first argument names a
     * command, that command alone (start-up then reflects over one command class, not all of them);
     * otherwise, for help, a missing or an unknown command, every command.
     */
    static CommandLine commandLineFor(KilnCommand root, String[] arguments) {
        CommandLine commandLine = new CommandLine(root);
        String first = arguments.length > 0 ? arguments[0] : "";
        if (KilnCommand.COMMANDS.containsKey(first)) {
            commandLine.addSubcommand(first, KilnCommand.COMMANDS.get(first).get());
        } else {
            KilnCommand.COMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        }
        return commandLine;
    }

    /**
     * Applies kiln's output and error handling to {@code cmd} and every subcommand it has now
     * (picocli copies settings down only when they are set, so add subcommands first).
     */
    public static CommandLine configure(CommandLine cmd, PrintWriter out, PrintWriter err, boolean debug) {
        cmd.setOut(out);
        cmd.setErr(err);
        // Plain text: help output stays stable for golden tests and readable in CI logs.
        cmd.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        cmd.setParameterExceptionHandler(new ParseErrorHandler());
        InternalErrorHandler internalErrors = new InternalErrorHandler(debug);
        cmd.setExecutionExceptionHandler(internalErrors);
        cmd.setExecutionStrategy(internalErrors.strategy());
        return cmd;
    }
}
