package dev.kiln.runtime.communicator.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.plugin.Pause;
import dev.kiln.runtime.plugin.PluginFailure;
import dev.kiln.runtime.plugin.RecordingUi;
import dev.kiln.runtime.plugin.TestConfigs;
import dev.kiln.runtime.provisioner.shell.RemoteScriptRunner;
import dev.kiln.runtime.provisioner.shell.ShellConfig;
import dev.kiln.runtime.provisioner.shell.ShellSchema;
import dev.kiln.runtime.spi.Communicator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shell provisioner against real sshds: a cancelled script stops with all its children and
 * leaves no uploaded file (the tests log in as root, whose commands sshd refuses to signal), and
 * an sshd without the sftp subsystem fails the upload at once instead of retrying it for minutes.
 */
class ShellOverSshTest {

    @RegisterExtension
    static final SshServerExtension SSHD = new SshServerExtension();

    @RegisterExtension
    static final SshServerExtension NO_SFTP = SshServerExtension.withoutSftp();

    private static Communicator connect(SshServerExtension server, TransferMethod method) throws Exception {
        SshSettings settings = SshSettings.defaults(server.endpoint()).withTransferMethod(method);
        SshConnector connector =
                new SshConnector(SshProgress.silent(), new SshAgent(Optional.empty()), Duration.ofMillis(200));
        return new ReconnectingCommunicator(connector, settings, connector.connect(settings));
    }

    private static RemoteScriptRunner shell(String hcl) throws Exception {
        return new RemoteScriptRunner(
                ShellConfig.decode(TestConfigs.values(ShellSchema.SCHEMA, hcl), new Random()),
                Clock.systemUTC(),
                Pause.SLEEP,
                new Random());
    }

    @Test
    void cancelledScriptStopsItsChildrenAndIsRemoved() throws Exception {
        String marker = "kiln-cancel-" + System.nanoTime();
        // Not named after the marker: the upload's scp process would match it before the script runs.
        String remote = "/tmp/kiln-script-" + System.nanoTime() + ".sh";
        RemoteScriptRunner runner = shell("inline = [\"sh -c 'sleep 300; : " + marker + "' &\", \"sleep 301\"]\n"
                + "remote_path = \"" + remote + "\"\n");
        try (Communicator ssh = connect(SSHD, TransferMethod.SCP)) {
            CompletableFuture<Throwable> outcome = new CompletableFuture<>();
            Thread build = new Thread(() -> {
                try {
                    runner.provision(new RecordingUi(), ssh, Map.of(), "null.test", "null");
                    outcome.complete(null);
                } catch (Throwable t) {
                    outcome.complete(t);
                }
            });
            build.start();
            awaitRemote(marker, true);
            assertTrue(Files.exists(Path.of(remote)), "the script runs from its uploaded file");
            long start = System.nanoTime();
            build.interrupt();
            assertInstanceOf(InterruptedException.class, outcome.get(10, TimeUnit.SECONDS));
            assertTrue(
                    System.nanoTime() - start < TimeUnit.SECONDS.toNanos(6),
                    "cancelling takes at most the cleanup bound");
            awaitRemote(marker, false);
            awaitRemote(remote, false); // the script's own shell
            assertTrue(Files.notExists(Path.of(remote)), "the uploaded script is removed");
        }
    }

    /**
     * Cancelling while the host is frozen (SIGSTOP), and closing the connection as the build's
     * cleanup does, ends within the remote cleanup bound; it used to take 30 s and more.
     */
    @ParameterizedTest
    @EnumSource(TransferMethod.class)
    void cancelOnAFrozenHostIsPrompt(TransferMethod method) throws Exception {
        String marker = "kiln-frozen-" + System.nanoTime();
        RemoteScriptRunner runner = shell("inline = [\"sh -c 'sleep 30; : " + marker + "'\"]\n");
        Communicator ssh = connect(SSHD, method);
        try {
            CompletableFuture<Throwable> outcome = new CompletableFuture<>();
            Thread build = new Thread(() -> {
                try {
                    runner.provision(new RecordingUi(), ssh, Map.of(), "null.test", "null");
                    outcome.complete(null);
                } catch (Throwable t) {
                    outcome.complete(t);
                }
            });
            build.start();
            awaitRemote(marker, true);
            SSHD.freeze(true);
            long start = System.nanoTime();
            build.interrupt();
            assertInstanceOf(InterruptedException.class, outcome.get(20, TimeUnit.SECONDS));
            assertTimeoutPreemptively(Duration.ofSeconds(20), ssh::close);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(Duration.ofSeconds(7)) < 0, "cancelled and closed after " + took);
        } finally {
            SSHD.freeze(false);
            // The frozen host could not run the cleanup: the test stops what it started itself
            // (by its marker: once the connection is closed they are no longer sshd's descendants;
            // the 30 s sleep bounds what a miss leaves).
            // Their whole session: the sleep itself does not carry the marker.
            new ProcessBuilder(
                            "sh",
                            "-c",
                            "me=$(ps -o sid= -p $$); for p in $(pgrep -f " + marker + "); do"
                                    + " s=$(ps -o sid= -p $p); [ \"$s\" = \"$me\" ] || pkill -KILL -s $s; done")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
        }
    }

    @Test
    void failedScriptIsRemoved() throws Exception {
        String remote = "/tmp/kiln-failed-" + System.nanoTime() + ".sh";
        RemoteScriptRunner runner =
                shell("inline = [\"echo secret-value >/dev/null\", \"exit 3\"]\nremote_path = \"" + remote + "\"\n");
        try (Communicator ssh = connect(SSHD, TransferMethod.SCP)) {
            PluginFailure e = assertThrows(
                    PluginFailure.class, () -> runner.provision(new RecordingUi(), ssh, Map.of(), "null.test", "null"));
            assertTrue(e.getMessage().contains("3"), e.getMessage());
            assertTrue(Files.notExists(Path.of(remote)), "the script with its interpolated secrets is removed");
        }
    }

    @Test
    void sftpWithoutTheSubsystemFailsAtOnce() throws Exception {
        RemoteScriptRunner runner = shell("inline = [\"echo hi\"]\n");
        try (Communicator ssh = connect(NO_SFTP, TransferMethod.SFTP)) {
            PluginFailure e = assertTimeoutPreemptively(
                    Duration.ofSeconds(10),
                    () -> assertThrows(
                            PluginFailure.class,
                            () -> runner.provision(new RecordingUi(), ssh, Map.of(), "null.test", "null")));
            assertTrue(
                    e.getMessage().startsWith("Error uploading script: sftp: upload to /tmp/script_"), e.getMessage());
            assertTrue(
                    e.getMessage()
                            .endsWith(
                                    "the host's SSH server has no sftp subsystem (\"Subsystem sftp\" in its sshd_config);"
                                            + " use ssh_file_transfer_method = \"scp\""),
                    e.getMessage());
        }
    }

    @Test
    void scpIsTheDefaultAndWorksWithoutTheSubsystem() throws Exception {
        RecordingUi ui = new RecordingUi();
        try (Communicator ssh =
                connect(NO_SFTP, SshSettings.defaults(NO_SFTP.endpoint()).transferMethod())) {
            shell("inline = [\"echo hi from scp\"]\n").provision(ui, ssh, Map.of(), "null.test", "null");
        }
        assertTrue(ui.lines().contains("out: hi from scp"), ui.lines().toString());
    }

    private static void awaitRemote(String marker, boolean running) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        List<Long> found = SSHD.remoteProcesses(marker);
        while (found.isEmpty() == running && System.nanoTime() < deadline) {
            Thread.sleep(50);
            found = SSHD.remoteProcesses(marker);
        }
        assertEquals(running, !found.isEmpty(), (running ? "never started: " : "still running: ") + found);
    }
}
