package dev.kiln.cli.amazon;

import dev.kiln.cli.Main;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code kiln} as its own process in a directory of its own, reaching EC2 through
 * {@code AWS_ENDPOINT_URL_EC2} with moto's credentials, as a user runs it: the run journal lands in
 * that directory, and signals reach a real JVM.
 */
final class KilnProcess {

    /** The exit code and the combined output. */
    record Result(int exit, String output) {}

    private final Path directory;
    private final URI endpoint;

    KilnProcess(Path directory, URI endpoint) {
        this.directory = directory;
        this.endpoint = endpoint;
    }

    Process start(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command =
                new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_"));
        env.put("AWS_ENDPOINT_URL_EC2", endpoint.toString());
        env.put("AWS_ACCESS_KEY_ID", "testing");
        env.put("AWS_SECRET_ACCESS_KEY", "testing");
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_CONFIG_FILE", directory.resolve("no-aws-config").toString());
        env.put(
                "AWS_SHARED_CREDENTIALS_FILE",
                directory.resolve("no-aws-credentials").toString());
        return builder.start();
    }

    /** Runs kiln to its end (at most 3 minutes). */
    Result run(String... args) throws IOException, InterruptedException {
        return runUntil(line -> false, p -> {}, args);
    }

    /** Runs kiln; the first output line matching {@code trigger} calls {@code action} with the process. */
    Result runUntil(Predicate<String> trigger, ProcessAction action, String... args)
            throws IOException, InterruptedException {
        Process process = start(args);
        StringBuilder output = new StringBuilder();
        boolean triggered = false;
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.append(line).append('\n');
                if (!triggered && trigger.test(line)) {
                    triggered = true;
                    action.apply(process);
                }
            }
        } finally {
            if (!process.waitFor(180, TimeUnit.SECONDS))
                process.destroyForcibly().waitFor();
        }
        return new Result(process.exitValue(), output.toString());
    }

    /** What to do to the process when the trigger line comes. */
    @FunctionalInterface
    interface ProcessAction {
        void apply(Process process) throws IOException, InterruptedException;
    }

    /** Sends {@code signal} (INT, TERM, KILL) to the process. */
    static void signal(Process process, String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                .inheritIO()
                .start()
                .waitFor();
    }
}
