package dev.kiln.runtime.plugin;

/**
 * A provisioner or post-processor failed while running; the message is the error Packer shows
 * for the same failure (e.g. {@code Script exited with non-zero exit status: 1...}).
 */
public final class PluginFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}. */
    public PluginFailure(String message) {
        super(message);
    }

    /** A failure described by {@code message}, caused by {@code cause}. */
    public PluginFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
