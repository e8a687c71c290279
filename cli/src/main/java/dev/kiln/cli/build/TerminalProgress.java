package dev.kiln.cli.build;

import dev.kiln.runtime.spi.Progress;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * A transfer bar on the console's live line, redrawn at most ten times a second and left as a
 * final line when the transfer ends. Without the live line (another build has it) it prints only
 * that final line, so parallel builds stay readable.
 */
final class TerminalProgress implements Progress {

    private final Console console;
    private final UnaryOperator<String> decorate;
    private final String label;
    private final long total;
    private final LongSupplier nanos;
    private final int width;
    private final RedrawThrottle throttle;
    private final long start;
    private final boolean live;
    private long done;
    private boolean closed;

    /**
     * A bar for {@code label} on {@code console}; {@code decorate} adds the build's prefix and
     * colour, {@code width} is what the bar text may use after that prefix.
     */
    TerminalProgress(
            Console console, UnaryOperator<String> decorate, String label, long total, LongSupplier nanos, int width) {
        this.console = console;
        this.decorate = decorate;
        this.label = label;
        this.total = total;
        this.nanos = nanos;
        this.width = width;
        this.throttle = new RedrawThrottle(nanos);
        this.start = nanos.getAsLong();
        throttle.ready();
        this.live = console.claimLive(this, text(), null);
    }

    @Override
    public synchronized void advance(long bytes) {
        if (closed) return;
        done += bytes;
        if (live && throttle.ready()) console.redrawLive(this, text());
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        String last = text();
        if (live) {
            console.releaseLive(this, last);
        } else {
            console.println(last);
        }
    }

    private String text() {
        return decorate.apply(ProgressBar.render(label, done, total, nanos.getAsLong() - start, width));
    }
}
