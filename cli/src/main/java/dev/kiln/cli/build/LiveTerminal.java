package dev.kiln.cli.build;

import java.util.function.LongSupplier;

/**
 * What a terminal UI needs to animate lines: a monotonic clock in nanoseconds, a once-a-second
 * ticker and the terminal's width (lines wider than it would wrap, and {@code \r} only returns to
 * the start of the last row). Public for the command that decides whether the output is a terminal.
 */
public record LiveTerminal(LongSupplier nanos, Ticker ticker, int columns) {

    /** The real terminal: {@link System#nanoTime}, a daemon ticker, {@code $COLUMNS} or 80. */
    public static LiveTerminal system(String columnsVariable) {
        int columns = 80;
        try {
            if (columnsVariable != null) columns = Math.max(20, Integer.parseInt(columnsVariable.strip()));
        } catch (NumberFormatException e) {
            // Not a number: keep the classic width.
        }
        return new LiveTerminal(System::nanoTime, new SecondTicker(), columns);
    }
}
