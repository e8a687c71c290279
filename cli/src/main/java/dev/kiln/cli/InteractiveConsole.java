package dev.kiln.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The console on a terminal: a {@code > } prompt with line editing and history (JLine). Only this
 * class touches JLine, so no other command loads it.
 */
final class InteractiveConsole {

    private InteractiveConsole() {}

    static int run(ConsoleScope scope, boolean color) {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            PrintWriter out = terminal.writer();
            ConsoleSession session = new ConsoleSession(scope, out, new DiagnosticPrinter(out, color));
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("kiln")
                    .variable(LineReader.HISTORY_FILE, historyFile())
                    .build();
            while (true) {
                String line;
                try {
                    line = reader.readLine("> ");
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    return ExitCode.OK;
                }
                if (session.handle(line) == ConsoleSession.Outcome.EXIT) return ExitCode.OK;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path historyFile() {
        return Paths.get(System.getProperty("user.home"), ".kiln_console_history");
    }
}
