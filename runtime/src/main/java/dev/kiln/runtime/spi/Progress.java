package dev.kiln.runtime.spi;

/**
 * A running file transfer shown by a {@link Ui}: the transfer reports bytes as they move and
 * closes the handle when done (also on failure), so the UI can finish the bar with a final line.
 */
public interface Progress extends AutoCloseable {

    /** A transfer nobody watches: for UIs without bars (piped output, machine-readable, tests). */
    Progress NONE = new Progress() {
        @Override
        public void advance(long bytes) {
            // Nothing is shown.
        }

        @Override
        public void close() {
            // Nothing was shown.
        }
    };

    /** Another {@code bytes} were transferred; called often, from the transferring thread. */
    void advance(long bytes);

    /** The transfer ended (completed or failed); further {@link #advance} calls are ignored. */
    @Override
    void close();
}
