package dev.kiln.runtime.plugin;

import dev.kiln.runtime.spi.PermanentIOException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Packer's {@code retry.Config{StartTimeout}}: repeats an action that fails with an I/O error
 * (typically while the machine reboots) with a doubling back-off, until it succeeds or
 * {@code timeout} has passed; the last error is then the result. A {@link PermanentIOException}
 * is the result at once.
 */
public record Retry(Duration timeout, Clock clock, Pause pause) {

    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /** An action that may fail with an I/O error. */
    @FunctionalInterface
    public interface Attempt<T> {
        /** One try. */
        T run() throws IOException, InterruptedException;
    }

    /** Runs {@code attempt} until it succeeds or the timeout is reached. */
    public <T> T run(Attempt<T> attempt) throws IOException, InterruptedException {
        Instant deadline = clock.instant().plus(timeout);
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            try {
                return attempt.run();
            } catch (IOException e) {
                if (PermanentIOException.isPermanent(e)
                        || !clock.instant().plus(backoff).isBefore(deadline)) throw e;
                pause.sleep(backoff);
                backoff = backoff.multipliedBy(2);
                if (backoff.compareTo(MAX_BACKOFF) > 0) backoff = MAX_BACKOFF;
            }
        }
    }
}
