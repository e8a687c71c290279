package dev.kiln.runtime.spi;

/** A post-processor failed; the chain stops and the build fails with "Post-processor failed: MESSAGE". */
public class PostProcessException extends Exception {

    /** A failure described by {@code message}. */
    public PostProcessException(String message) {
        super(message);
    }

    /** A failure described by {@code message}, caused by {@code cause}. */
    public PostProcessException(String message, Throwable cause) {
        super(message, cause);
    }
}
