package dev.kiln.runtime.spi;

/** A provisioner failed; the message is what the build's error shows. */
public class ProvisionException extends Exception {

    /** A failure described by {@code message}. */
    public ProvisionException(String message) {
        super(message);
    }

    /** A failure described by {@code message}, caused by {@code cause}. */
    public ProvisionException(String message, Throwable cause) {
        super(message, cause);
    }
}
