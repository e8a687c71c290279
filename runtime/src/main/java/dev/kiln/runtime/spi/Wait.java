package dev.kiln.runtime.spi;

/**
 * A long wait shown by a {@link Ui} (the SSH connect wait, {@code sleep}, {@code pause_before}):
 * on a terminal its line carries a live elapsed time until {@link #close()}.
 */
public interface Wait extends AutoCloseable {

    /** A wait without a live line. */
    Wait NONE = () -> {
        // Nothing to stop.
    };

    /** The wait is over (finished, failed or cancelled). */
    @Override
    void close();
}
