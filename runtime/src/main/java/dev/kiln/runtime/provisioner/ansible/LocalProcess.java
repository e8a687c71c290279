package dev.kiln.runtime.provisioner.ansible;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * ansible-playbook and ansible-galaxy as local processes, the way the plugin runs them: the
 * environment of kiln plus the configured variables, each output line (stdout and stderr alike)
 * handed over as it arrives without trailing whitespace. A cancelled build kills the process and
 * everything it started.
 */
final class LocalProcess {

    /** How long a killed process tree gets to exit on SIGTERM before it is killed with SIGKILL. */
    static final Duration TERMINATE_GRACE = Duration.ofSeconds(5);

    /** A process that could not start or failed; the message is Go's {@code exec} wording. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    private LocalProcess() {}

    /**
     * Runs {@code argv} with {@code env} added to kiln's environment ({@code KEY=VALUE} entries, a
     * later one winning), streaming every line to {@code lines}, and returns its exit status;
     * fails only when it cannot start.
     */
    static int run(List<String> argv, List<String> env, Consumer<String> lines) throws Failure, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(argv);
        Map<String, String> environment = builder.environment();
        for (String entry : env) {
            int eq = entry.indexOf('=');
            if (eq > 0) environment.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        Process process = start(builder);
        Object lock = new Object();
        Thread out = pump(process.getInputStream(), lines, lock, "kiln-ansible-stdout");
        Thread err = pump(process.getErrorStream(), lines, lock, "kiln-ansible-stderr");
        try {
            out.join();
            err.join();
            return process.waitFor();
        } catch (InterruptedException e) {
            kill(process);
            throw e;
        }
    }

    /** The standard output of {@code argv}, which must end within {@code timeout} with status 0. */
    static String output(List<String> argv, Duration timeout) throws Failure, InterruptedException {
        Process process = start(new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.DISCARD));
        StringBuilder text = new StringBuilder();
        Thread out =
                pump(process.getInputStream(), line -> text.append(line).append('\n'), text, "kiln-ansible-version");
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new Failure("no answer within " + timeout.toSeconds() + " seconds");
            }
            out.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            kill(process);
            throw e;
        }
        if (process.exitValue() != 0) throw new Failure("exit status " + process.exitValue());
        synchronized (text) {
            return text.toString();
        }
    }

    private static Process start(ProcessBuilder builder) throws Failure {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new Failure("exec: \"" + builder.command().get(0) + "\": executable file not found in $PATH");
        }
    }

    private static Thread pump(InputStream in, Consumer<String> lines, Object lock, String name) {
        Thread thread = new Thread(
                () -> {
                    try (BufferedReader reader =
                            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = reader.readLine()) != null) {
                            String trimmed = line.stripTrailing();
                            synchronized (lock) {
                                lines.accept(trimmed);
                            }
                        }
                    } catch (IOException e) {
                        // The process was killed: its pipes closed under the reader.
                    }
                },
                name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * Stops {@code process} and every process it started (ansible's workers and their ssh clients):
     * SIGTERM first, SIGKILL for whatever is still alive after {@link #TERMINATE_GRACE}.
     */
    static void kill(Process process) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TERMINATE_GRACE.toNanos();
        for (ProcessHandle p : tree) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) p.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                // Still running (or the wait was interrupted): killed below.
            }
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
