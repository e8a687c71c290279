package dev.kiln.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports an exception that escaped a command. User errors are diagnostics, so anything that gets
 * here is a kiln bug: say so briefly, and show the stack trace only when {@code KILN_DEBUG=1}.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {

    private final boolean debug;

    InternalErrorHandler(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        err.println("kiln: internal error: " + ex);
        if (debug) {
            ex.printStackTrace(err);
        } else {
            err.println("This is a bug in kiln. Please report it with the command you ran;"
                    + " KILN_DEBUG=1 shows the stack trace.");
        }
        err.flush();
        return ExitCode.INTERNAL_ERROR;
    }
}
