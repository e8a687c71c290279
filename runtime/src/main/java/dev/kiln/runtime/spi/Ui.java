package dev.kiln.runtime.spi;

/**
 * Where a build, provisioner or post-processor reports progress. Only the CLI prints; the runtime
 * talks to this interface. Implementations prefix lines with the build name
 * ({@code ==> amazon-ebs.ubuntu: ...}), colour them, add timestamps or write Packer's
 * machine-readable lines, and mask sensitive values everywhere.
 */
public interface Ui {

    /** A progress message: {@code ==> BUILD: message}. */
    void say(String message);

    /** A line of remote or local command output (stdout), streamed as it arrives. */
    void output(String line);

    /** A line of remote or local error output (stderr), or an error message; shown in red. */
    void error(String message);

    /** Asks a question on the terminal and returns the answer ({@code -on-error=ask}, {@code -debug}, breakpoints). */
    String ask(String question) throws InterruptedException;

    /**
     * Starts showing a transfer of {@code totalBytes} ({@code -1}: unknown) called {@code label}
     * ("app.tar.gz"). Only a terminal UI draws a bar; the caller announces the transfer
     * itself with {@link #say}, so the default shows nothing and piped logs keep Packer's lines.
     */
    default Progress startProgress(String label, long totalBytes) {
        return Progress.NONE;
    }

    /**
     * Says {@code message} and, on a terminal, keeps a live elapsed time after it ("Waiting for SSH
     * to become available... 12s") until the wait is closed. The default only says the message.
     */
    default Wait startWait(String message) {
        say(message);
        return Wait.NONE;
    }

    /**
     * A wait Packer does not announce ({@code sleep}): on a terminal a transient line with the
     * elapsed time, erased when closed; the default shows nothing, so piped output stays silent.
     */
    default Wait startQuietWait(String message) {
        return Wait.NONE;
    }
}
