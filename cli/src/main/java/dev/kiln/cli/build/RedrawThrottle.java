package dev.kiln.cli.build;

import java.util.function.LongSupplier;

/**
 * Lets a live line be redrawn at most ten times a second: transfers report every packet, and
 * writing each would cost more than the transfer and make the terminal flicker.
 */
final class RedrawThrottle {

    static final long INTERVAL_NANOS = 100_000_000L;

    private final LongSupplier nanos;
    private long last;
    private boolean drawn;

    /** A throttle reading time from {@code nanos} ({@link System#nanoTime} outside tests). */
    RedrawThrottle(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** Whether to redraw now; the first call always may. */
    synchronized boolean ready() {
        long now = nanos.getAsLong();
        if (drawn && now - last < INTERVAL_NANOS) return false;
        drawn = true;
        last = now;
        return true;
    }
}
