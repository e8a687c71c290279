package dev.kiln.runtime.communicator.ssh;

import java.io.IOException;

/**
 * The connection dropped while a command ran (the machine rebooted, sshd restarted). The shell
 * provisioner accepts it with {@code expect_disconnect}; otherwise it is "Script disconnected unexpectedly".
 */
public final class SshDisconnectException extends IOException {

    private static final long serialVersionUID = 1L;

    public SshDisconnectException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether {@code error} (or one of its causes) is a dropped connection. */
    public static boolean isDisconnect(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SshDisconnectException) return true;
        }
        return false;
    }
}
