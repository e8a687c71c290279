package dev.kiln.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Turns command-line mistakes into a one-line message and a usage hint; never a stack trace. */
final class ParseErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        if (isUnknownCommand(ex)) {
            // Packer prints the command list to stdout and exits 127; the stderr line says why.
            err.println("kiln: unknown command '"
                    + ((UnmatchedArgumentException) ex).getUnmatched().get(0) + "'");
            err.flush();
            cmd.usage(cmd.getOut());
            return ExitCode.UNKNOWN_COMMAND;
        }
        String name = cmd.getCommandSpec().qualifiedName();
        err.println(name + ": " + ex.getMessage());
        if (ex instanceof UnmatchedArgumentException unmatched) {
            for (String suggestion : unmatched.getSuggestions()) {
                err.println("  did you mean " + suggestion + "?");
            }
        }
        err.println("Run '" + name + " -help' for usage.");
        return ExitCode.ERROR;
    }

    /** A bare word where the root command expects a subcommand. */
    private static boolean isUnknownCommand(ParameterException ex) {
        return ex instanceof UnmatchedArgumentException unmatched
                && ex.getCommandLine().getParent() == null
                && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().get(0).startsWith("-");
    }
}
