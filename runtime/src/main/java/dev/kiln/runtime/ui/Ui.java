package dev.kiln.runtime.ui;

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
}
