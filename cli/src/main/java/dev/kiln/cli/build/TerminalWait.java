package dev.kiln.cli.build;

import dev.kiln.runtime.spi.Wait;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * A wait on the console's live line: {@code message 12s}, redrawn every second. An announced wait
 * ends as the plain {@code message} line, so the scrollback reads as Packer's output; a quiet one
 * ({@code sleep}) is erased. Without the live line (another build has it) an announced wait
 * prints its message once and a quiet one nothing.
 */
final class TerminalWait implements Wait {

    private final Console console;
    private final UnaryOperator<String> decorate;
    private final String message;
    private final LongSupplier nanos;
    private final long start;
    private final boolean live;
    private final AutoCloseable ticking;
    private boolean closed;

    /** Starts showing {@code message}; {@code announced} keeps it as a line when the wait ends. */
    TerminalWait(
            Console console,
            UnaryOperator<String> decorate,
            String message,
            boolean announced,
            LongSupplier nanos,
            Ticker ticker) {
        this.console = console;
        this.decorate = decorate;
        this.message = message;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
        this.live = console.claimLive(this, text(), announced ? decorate.apply(message) : null);
        if (!live && announced) console.println(decorate.apply(message));
        this.ticking = live ? ticker.everySecond(this::redraw) : null;
    }

    /** Draws the elapsed time again (the ticker calls it every second). */
    synchronized void redraw() {
        if (!closed) console.redrawLive(this, text());
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        if (ticking != null) {
            try {
                ticking.close();
            } catch (Exception e) {
                // A tick that still runs finds the wait closed and draws nothing.
            }
        }
        if (live) console.releaseLive(this, null);
    }

    private String text() {
        return decorate.apply(message + " " + elapsed((nanos.getAsLong() - start) / 1_000_000_000L));
    }

    /** {@code 7s}, {@code 2m05s}, {@code 1h02m05s}: short enough to redraw every second. */
    static String elapsed(long seconds) {
        if (seconds < 60) return seconds + "s";
        if (seconds < 3600) return String.format("%dm%02ds", seconds / 60, seconds % 60);
        return String.format("%dh%02dm%02ds", seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }
}
