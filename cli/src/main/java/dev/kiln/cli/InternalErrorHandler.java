package dev.kiln.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParseResult;

/**
 * Reports an exception or error that escaped a command. User errors are diagnostics, so anything
 * that gets here is a kiln bug: say so in one line, with the files the command was reading, and
 * exit 70; the stack trace only with {@code KILN_DEBUG=1}.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {

    private final boolean debug;

    InternalErrorHandler(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        return report(ex, cmd.getErr(), parseResult);
    }

    /**
     * Runs the last subcommand as picocli does, turning a StackOverflowError or OutOfMemoryError
     * (which picocli lets through) into the same report; an OutOfMemoryError leaves enough room
     * once the failed work is garbage.
     */
    IExecutionStrategy strategy() {
        IExecutionStrategy runLast = new CommandLine.RunLast();
        return parseResult -> {
            try {
                return runLast.execute(parseResult);
            } catch (StackOverflowError | OutOfMemoryError e) {
                CommandLine last = parseResult
                        .asCommandLineList()
                        .get(parseResult.asCommandLineList().size() - 1);
                return report(e, last.getErr(), parseResult);
            }
        };
    }

    private int report(Throwable problem, PrintWriter err, ParseResult parseResult) {
        List<String> files = arguments(parseResult);
        err.println("kiln: internal error" + (files.isEmpty() ? "" : " while reading " + String.join(", ", files))
                + ": " + problem + " (a bug in kiln: please report it with the command you ran;"
                + (debug ? " stack trace below)" : " KILN_DEBUG=1 shows the stack trace)"));
        if (debug) problem.printStackTrace(err);
        err.flush();
        return ExitCode.INTERNAL_ERROR;
    }

    /** The positional arguments of the command that ran: the paths it was reading. */
    private static List<String> arguments(ParseResult parseResult) {
        ParseResult last = parseResult;
        while (last.hasSubcommand()) last = last.subcommand();
        List<String> files = new ArrayList<>();
        for (ArgSpec positional : last.matchedPositionals()) {
            Object value = positional.getValue();
            if (value instanceof Collection<?> values) {
                for (Object v : values) files.add(String.valueOf(v));
            } else if (value != null) {
                files.add(String.valueOf(value));
            }
        }
        return files;
    }
}
