package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forked {@code kiln build}s get a signal in the middle of a long step or script: they cancel,
 * clean up (local scripts and their children killed, temporary scripts deleted), say so and exit 1.
 */
@DisabledOnOs(OS.WINDOWS)
class BuildInterruptTest {

    @TempDir
    Path dir;

    private static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @ParameterizedTest
    @CsvSource({"INT, interrupt", "TERM, terminated", "HUP, hangup"})
    void signalCancelsCleansUpAndExitsOne(String signal, String goName) throws Exception {
        Process process = new ProcessBuilder(
                        JAVA,
                        "-cp",
                        System.getProperty("java.class.path"),
                        InterruptibleBuildMain.class.getName(),
                        "build",
                        "-color=false",
                        "ignored.pkr.hcl")
                .redirectErrorStream(true)
                .start();
        String out = runUntil(process, "Waiting for a long time...", () -> kill("-" + signal, process.pid()));
        assertEquals(1, process.exitValue(), out);
        assertTrue(out.contains("Cancelling build after receiving " + goName + "\n"), out);
        assertTrue(out.contains("==> slow.one: Cleaning up StepWait after cancellation\n"), out);
        assertTrue(out.contains("Build 'slow.one' errored after "), out);
        assertTrue(out.endsWith("Cleanly cancelled builds after being interrupted.\n"), out);
    }

    /** A terminal that closes sends SIGHUP: the script and its children stop, the temporary script goes. */
    @Test
    void hangupKillsLocalScriptsAndDeletesTheirTemporaryFile() throws Exception {
        String marker = "kiln-hup-" + System.nanoTime();
        Process process = kiln(template(marker, false), false);
        String out = runUntil(process, "started " + marker, () -> kill("-HUP", process.pid()));
        assertEquals(1, process.exitValue(), out);
        assertTrue(out.contains("Cancelling build after receiving hangup\n"), out);
        assertNoProcess(marker);
        assertEquals(List.of(), temporaryScripts(), "the inline script's temporary file is deleted");
    }

    /**
     * {@code kill -TERM -PGID} (a CI runner stopping a job) reaches the script as well as kiln:
     * the build still ends as cancelled, without running the error-cleanup provisioner first.
     */
    @Test
    void terminatingTheProcessGroupIsACancellation() throws Exception {
        String marker = "kiln-pgrp-" + System.nanoTime();
        Process process = kiln(template(marker, true), true);
        String out = runUntil(process, "started " + marker, () -> kill("-TERM", -process.pid()));
        assertEquals(1, process.exitValue(), out);
        assertTrue(out.contains("Cancelling build after receiving terminated\n"), out);
        assertFalse(out.contains("CLEANUP-PROVISIONER-RAN"), out);
        assertFalse(out.contains("non-zero exit status"), out);
        assertTrue(out.endsWith("Cleanly cancelled builds after being interrupted.\n"), out);
        assertNoProcess(marker);
    }

    private Path template(String marker, boolean errorCleanup) throws IOException {
        String cleanup = errorCleanup ? """
                  error-cleanup-provisioner "shell-local" {
                    inline = ["echo CLEANUP-PROVISIONER-RAN"]
                  }
                """ : "";
        Path file = dir.resolve("signal.pkr.hcl");
        Files.writeString(file, """
                source "null" "local" {
                  communicator = "none"
                }
                build {
                  sources = ["source.null.local"]
                  provisioner "shell-local" {
                    inline = ["sh -c 'sleep 300; : %1$s' &", "echo started %1$s", "wait"]
                  }
                %2$s}
                """.formatted(marker, cleanup));
        return file;
    }

    /** kiln on {@code template}, its temporary files in this test's directory; {@code ownGroup}: in a new process group. */
    private Process kiln(Path template, boolean ownGroup) throws IOException {
        List<String> command = new ArrayList<>();
        if (ownGroup) command.add("setsid");
        command.addAll(List.of(
                JAVA,
                "-Djava.io.tmpdir=" + tmp(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "build",
                "-color=false",
                template.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private Path tmp() throws IOException {
        return Files.createDirectories(dir.resolve("tmp"));
    }

    private List<Path> temporaryScripts() throws IOException {
        try (Stream<Path> files = Files.list(tmp())) {
            return files.filter(p -> p.getFileName().toString().startsWith("packer-shell"))
                    .toList();
        }
    }

    /** Reads the output to the end, running {@code action} once when a line contains {@code trigger}. */
    private static String runUntil(Process process, String trigger, Action action) throws Exception {
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean done = false;
            while ((line = reader.readLine()) != null) {
                output.append(line).append('\n');
                if (!done && line.contains(trigger)) {
                    action.run();
                    done = true;
                }
            }
        } finally {
            if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly();
        }
        return output.toString();
    }

    private static void kill(String signal, long pid) throws IOException, InterruptedException {
        new ProcessBuilder("kill", signal, "--", Long.toString(pid))
                .inheritIO()
                .start()
                .waitFor();
    }

    private static void assertNoProcess(String marker) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        List<ProcessHandle> left;
        do {
            left = ProcessHandle.allProcesses()
                    .filter(p ->
                            p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                    .toList();
            if (left.isEmpty()) return;
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        left.forEach(ProcessHandle::destroyForcibly);
        throw new AssertionError("still running: "
                + left.stream()
                        .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
                        .toList());
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }
}
