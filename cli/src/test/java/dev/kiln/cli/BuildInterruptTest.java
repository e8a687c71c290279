package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** A forked {@code kiln build} gets SIGINT in the middle of a long step: it cleans up, says so, exits 1. */
@DisabledOnOs(OS.WINDOWS)
class BuildInterruptTest {

    @Test
    void sigintCancelsCleansUpAndExitsOne() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                InterruptibleBuildMain.class.getName(), "build", "-color=false", "ignored.pkr.hcl")
                .redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean signalled = false;
            while ((line = reader.readLine()) != null) {
                output.append(line).append('\n');
                if (!signalled && line.contains("Waiting for a long time...")) {
                    new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
                    signalled = true;
                }
            }
        } finally {
            if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly();
        }
        String out = output.toString();
        assertEquals(1, process.exitValue(), out);
        assertTrue(out.contains("Cancelling build after receiving interrupt\n"), out);
        assertTrue(out.contains("==> slow.one: Cleaning up StepWait after cancellation\n"), out);
        assertTrue(out.contains("Build 'slow.one' errored after "), out);
        assertTrue(out.endsWith("Cleanly cancelled builds after being interrupted.\n"), out);
    }
}
