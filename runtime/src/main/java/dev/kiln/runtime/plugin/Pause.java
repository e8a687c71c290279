package dev.kiln.runtime.plugin;

import java.time.Duration;

/** Waits for a while; tests pass one that records the wait instead of sleeping. */
@FunctionalInterface
public interface Pause {

    /** The real clock: {@link Thread#sleep}, interrupted by cancellation. */
    Pause SLEEP = d -> {
        if (!d.isNegative() && !d.isZero()) Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
    };

    /** Waits for {@code duration}; throws when the build is cancelled meanwhile. */
    void sleep(Duration duration) throws InterruptedException;
}
