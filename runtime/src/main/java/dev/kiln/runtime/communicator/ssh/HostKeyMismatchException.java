package dev.kiln.runtime.communicator.ssh;

import java.io.IOException;

/** A host presented a different key than the one pinned earlier in the build; never retried. */
public final class HostKeyMismatchException extends IOException {

    private static final long serialVersionUID = 1L;

    public HostKeyMismatchException(String message) {
        super(message);
    }
}
