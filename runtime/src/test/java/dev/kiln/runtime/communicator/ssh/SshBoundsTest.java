package dev.kiln.runtime.communicator.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.spi.RemoteCommand;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every SSH operation ends within its timeout, with a one-line error, against the hosts that used
 * to hang kiln: an sshd without the sftp subsystem, a port that accepts TCP and never sends the
 * banner, and an sshd frozen (SIGSTOP) in the middle of a command.
 */
class SshBoundsTest {

    @RegisterExtension
    static final SshServerExtension SSHD = new SshServerExtension();

    @RegisterExtension
    static final SshServerExtension NO_SFTP = SshServerExtension.withoutSftp();

    /** The test bound: well above the configured timeouts, far below "hangs". */
    private static final Duration BOUND = Duration.ofSeconds(15);

    @AfterEach
    void thaw() throws Exception {
        SSHD.freeze(false);
    }

    private static SshConnector connector() {
        return new SshConnector(SshProgress.silent(), new SshAgent(Optional.empty()), Duration.ofMillis(200));
    }

    @Test
    void sftpUploadToAnSshdWithoutTheSubsystemFailsAtOnce() throws Exception {
        SshSettings settings = SshSettings.defaults(NO_SFTP.endpoint()).withTransferMethod(TransferMethod.SFTP);
        try (SshCommunicator ssh = connector().connect(settings)) {
            byte[] content = "echo hi\n".getBytes();
            long start = System.nanoTime();
            IOException e = assertTimeoutPreemptively(BOUND, () -> assertThrows(IOException.class,
                    () -> ssh.upload("/tmp/kiln-no-sftp", new ByteArrayInputStream(content), content.length, 0644)));
            assertTrue(e.getMessage().contains("sftp"), e.getMessage());
            assertTrue(e.getMessage().contains("subsystem"), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "fails at once, not after a timeout");
        }
    }

    @Test
    void silentPortFailsWithinTheSshTimeout() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            SshEndpoint endpoint = SshEndpoint.of("127.0.0.1", silent.port(), "nobody").withPassword("x");
            SshSettings settings = SshSettings.defaults(endpoint).withTimeout(Duration.ofSeconds(3));
            long start = System.nanoTime();
            IOException e = assertTimeoutPreemptively(BOUND, () -> assertThrows(IOException.class, () -> connector().connect(settings)));
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            assertTrue(seconds <= 6, "gave up after " + seconds + " s");
            assertTrue(e.getMessage().startsWith("ssh: timeout after 3s waiting for SSH on 127.0.0.1:" + silent.port()), e.getMessage());
            assertTrue(e.getMessage().contains("banner"), e.getMessage());
        }
    }

    @Test
    void frozenHostIsNoticedByTheKeepAlive() throws Exception {
        SshSettings settings = SshSettings.defaults(SSHD.endpoint()).withKeepAliveInterval(Duration.ofSeconds(1));
        try (SshCommunicator ssh = connector().connect(settings)) {
            IOException e = runWhileFrozen(ssh, Duration.ofSeconds(8));
            assertTrue(e.getMessage().contains("keep-alive"), e.getMessage());
        }
    }

    @Test
    void frozenHostIsNoticedByTheReadWriteTimeout() throws Exception {
        SshSettings settings = SshSettings.defaults(SSHD.endpoint()).withKeepAliveInterval(Duration.ZERO)
                .withReadWriteTimeout(Duration.ofSeconds(2));
        try (SshCommunicator ssh = connector().connect(settings)) {
            IOException e = runWhileFrozen(ssh, Duration.ofSeconds(7));
            assertTrue(e.getMessage().contains("no data from the host for 2s"), e.getMessage());
        }
    }

    /** Starts a long command, freezes the host and returns the command's failure, which must come within {@code within}. */
    private static IOException runWhileFrozen(SshCommunicator ssh, Duration within) throws Exception {
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                ssh.execute(new RemoteCommand("echo started; sleep 60", false), new RecordingOutput());
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        Thread.sleep(700);
        SSHD.freeze(true);
        long start = System.nanoTime();
        Throwable thrown = assertTimeoutPreemptively(BOUND, () -> outcome.get());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        IOException e = assertInstanceOf(IOException.class, thrown);
        assertTrue(took.compareTo(within) < 0, "noticed after " + took);
        assertTrue(SshDisconnectException.isDisconnect(e), e.toString());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        return e;
    }
}
