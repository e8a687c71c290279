package dev.kiln.runtime.provisioner.shell;

import dev.kiln.runtime.spi.CommandOutput;
import dev.kiln.runtime.spi.Communicator;
import dev.kiln.runtime.spi.RemoteCommand;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * What the shell provisioner leaves behind when a script is cancelled, disconnected or fails: it
 * stops every process of the script's remote session (sshd cannot signal a root login's command,
 * and a script's children outlive their shell) and removes the uploaded files, which may hold
 * secrets. Best effort within {@link #BOUND}: a host that does not answer must not hold up a
 * cancelled build.
 */
final class RemoteCleanup {

    /** The longest a cancelled or failed script's cleanup may take (documented in docs/cli.md). */
    static final Duration BOUND = Duration.ofSeconds(5);

    private RemoteCleanup() {}

    /**
     * Kills the processes running {@code scriptPath} (with everything else in their session) when
     * {@code kill}, then removes {@code files}. Returns once done or after {@link #BOUND}; keeps
     * the caller's interrupt status, so a cancelled build still ends as cancelled.
     */
    static void run(Communicator comm, String scriptPath, boolean kill, List<String> files) {
        if (!kill && files.isEmpty()) return;
        String remove = files.isEmpty()
                ? "true"
                : "rm -f " + files.stream().map(RemoteCleanup::quote).collect(Collectors.joining(" "));
        String command = kill ? killSession(scriptPath) + "; " + remove : remove;
        boolean interrupted = Thread.interrupted();
        CompletableFuture<Void> done = CompletableFuture.runAsync(() -> {
            try {
                comm.execute(new RemoteCommand(command, false), SILENT);
            } catch (Exception e) {
                // Best effort: the build reports its own error; a host that is gone keeps nothing running.
            }
        });
        try {
            done.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } catch (ExecutionException | TimeoutException e) {
            // Abandoned: the daemon thread ends with the connection.
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /**
     * A POSIX shell command killing the session of every process whose command line contains
     * {@code path}, except its own: this command's shell names the path too (in its {@code rm}).
     */
    static String killSession(String path) {
        return "me=$(ps -o sid= -p $$ 2>/dev/null | tr -d ' ');"
                + " for p in $(pgrep -f " + quote(regexEscape(path)) + " 2>/dev/null); do"
                + " s=$(ps -o sid= -p \"$p\" 2>/dev/null | tr -d ' ');"
                + " if [ -z \"$s\" ] || [ \"$s\" = 0 ]; then kill -KILL \"$p\" 2>/dev/null;"
                + " elif [ \"$s\" != \"$me\" ]; then pkill -KILL -s \"$s\" 2>/dev/null || kill -KILL \"$p\" 2>/dev/null; fi; done";
    }

    private static String regexEscape(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    /** POSIX shell single quoting. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private static final CommandOutput SILENT = new CommandOutput() {
        @Override
        public void stdout(String line) {}

        @Override
        public void stderr(String line) {}
    };
}
