package dev.kiln.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads console input line by line from a pipe or file, with no prompt. */
final class PipedConsole {

    private PipedConsole() {}

    /** Handles every line; the exit status is 1 if any line failed, as Packer's. */
    static int run(BufferedReader input, ConsoleSession session) {
        boolean failed = false;
        try {
            String line;
            while ((line = input.readLine()) != null) {
                ConsoleSession.Outcome outcome = session.handle(line);
                if (outcome == ConsoleSession.Outcome.EXIT) break;
                if (outcome == ConsoleSession.Outcome.FAILED) failed = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return failed ? ExitCode.ERROR : ExitCode.OK;
    }
}
