package dev.kiln.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/** Entry point of the runnable jar: {@code java -jar kiln.jar [command] [flags] [args]}. */
public final class Main {

    private Main() {
    }

    /** Runs kiln and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs kiln on the process's stdout and stderr. */
    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                "1".equals(System.getenv("KILN_DEBUG"))).execute(args);
    }

    /** The configured root command line; tests pass their own writers and may add commands. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean debug) {
        CommandLine cmd = new CommandLine(new KilnCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        // Plain text: help output stays stable for golden tests and readable in CI logs.
        cmd.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        cmd.setParameterExceptionHandler(new ParseErrorHandler());
        cmd.setExecutionExceptionHandler(new InternalErrorHandler(debug));
        // Go's flag package accepts -flag=value; picocli splits on '=' already. Packer flags must
        // precede positionals, but accepting them anywhere is harmless and friendlier.
        return cmd;
    }
}
