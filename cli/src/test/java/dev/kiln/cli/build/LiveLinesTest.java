package dev.kiln.cli.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kiln.runtime.spi.Progress;
import dev.kiln.runtime.spi.Ui;
import dev.kiln.runtime.spi.Wait;
import dev.kiln.stdlib.testing.GoldenFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Transfer bars and live waits through the build UIs: a golden file of what a terminal receives
 * (with {@code \r} and erase-line shown as {@code <CR>} and {@code <EL>}), and the same run piped
 * and machine-readable, which must carry no redraws at all. {@code -Dgolden.update=true} rewrites it.
 */
class LiveLinesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
    private static final long MILLI = 1_000_000L;

    private final AtomicLong now = new AtomicLong(1_000_000 * MILLI);
    private final ManualTicker ticker = new ManualTicker();
    private final StringWriter text = new StringWriter();
    private final Console console = new Console(
            new PrintWriter(text), new BufferedReader(new StringReader("")), new SecretMask(Set.of("hunter2")));

    @Test
    void terminalRedrawsInPlace() throws IOException {
        run(new RunUis(console, false, false, false, CLOCK, new LiveTerminal(now::get, ticker, 80)));
        String actual = text.toString().replace("\r", "<CR>").replace(Console.CLEAR_TO_END, "<EL>");
        GoldenFile.check("live/terminal.txt", actual);
    }

    @Test
    void pipedOutputHasPackersPlainLinesOnly() {
        run(new RunUis(console, false, false, false, CLOCK));
        assertEquals(
                String.join(
                        System.lineSeparator(),
                        "==> amazon-ebs.a: Waiting for SSH to become available...",
                        "==> amazon-ebs.a: Connected to SSH!",
                        "==> amazon-ebs.a: Uploading app.tar.gz => /tmp/app.tar.gz",
                        "==> amazon-ebs.b: Uploading b.bin => /tmp/b.bin",
                        "==> amazon-ebs.b: Provisioning with shell script: setup.sh",
                        "==> amazon-ebs.a: Pausing 5s before the next provisioner...",
                        "==> amazon-ebs.b: <sensitive> is not shown",
                        ""),
                text.toString());
    }

    @Test
    void machineReadableOutputHasNoRedraws() {
        run(new RunUis(console, true, false, false, CLOCK, new LiveTerminal(now::get, ticker, 80)));
        assertFalse(text.toString().contains("\r"), text.toString());
        assertFalse(text.toString().contains(Console.CLEAR_TO_END), text.toString());
        assertEquals(7, text.toString().lines().count());
    }

    /** Two builds at once: a wait, a bar interrupted by the other build, which gets no live line of its own. */
    private void run(RunUis uis) {
        Ui a = uis.build("amazon-ebs.a", 0);
        Ui b = uis.build("amazon-ebs.b", 1);

        Wait ssh = a.startWait("Waiting for SSH to become available...");
        tick(1000);
        tick(1000);
        ssh.close();
        a.say("Connected to SSH!");

        a.say("Uploading app.tar.gz => /tmp/app.tar.gz");
        Progress upload = a.startProgress("app.tar.gz", 10_000_000);
        for (int i = 1; i <= 10; i++) {
            now.addAndGet(50 * MILLI);
            upload.advance(1_000_000);
            if (i == 3) {
                b.say("Uploading b.bin => /tmp/b.bin");
                try (Progress other = b.startProgress("b.bin", 1000)) {
                    other.advance(1000);
                }
            }
            if (i == 6) b.say("Provisioning with shell script: setup.sh");
        }
        upload.close();

        try (Wait sleep = b.startQuietWait("Sleeping for 2s...")) {
            tick(1000);
        }

        Wait pause = a.startWait("Pausing 5s before the next provisioner...");
        tick(1000);
        b.say("hunter2 is not shown");
        tick(1000);
        pause.close();
    }

    private void tick(long millis) {
        now.addAndGet(millis * MILLI);
        ticker.tick();
    }

    /** A ticker driven by the test instead of a thread. */
    private static final class ManualTicker implements Ticker {
        private final List<Runnable> tasks = new ArrayList<>();

        @Override
        public AutoCloseable everySecond(Runnable task) {
            tasks.add(task);
            return () -> tasks.remove(task);
        }

        void tick() {
            for (Runnable task : List.copyOf(tasks)) task.run();
        }
    }
}
