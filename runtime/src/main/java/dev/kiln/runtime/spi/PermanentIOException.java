package dev.kiln.runtime.spi;

import java.io.IOException;

/**
 * An I/O failure that trying again cannot fix, because the host lacks what the operation needs
 * (an sshd without the sftp subsystem): the plugins' {@code Retry} gives up at once
 * instead of repeating it until {@code start_retry_timeout}.
 */
public final class PermanentIOException extends IOException {

    private static final long serialVersionUID = 1L;

    public PermanentIOException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether {@code error} or one of its causes is permanent. */
    public static boolean isPermanent(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof PermanentIOException) return true;
        }
        return false;
    }
}
