package dev.kiln.runtime.communicator.ssh;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.spi.RemoteCommand;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
            IOException e = assertTimeoutPreemptively(
                    BOUND,
                    () -> assertThrows(
                            IOException.class,
                            () -> ssh.upload(
                                    "/tmp/kiln-no-sftp", new ByteArrayInputStream(content), content.length, 0644)));
            assertTrue(e.getMessage().contains("sftp"), e.getMessage());
            assertTrue(e.getMessage().contains("subsystem"), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "fails at once, not after a timeout");
        }
    }

    @Test
    void silentPortFailsWithinTheSshTimeout() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            SshEndpoint endpoint =
                    SshEndpoint.of("127.0.0.1", silent.port(), "nobody").withPassword("x");
            SshSettings settings = SshSettings.defaults(endpoint).withTimeout(Duration.ofSeconds(3));
            long start = System.nanoTime();
            IOException e = assertTimeoutPreemptively(
                    BOUND,
                    () -> assertThrows(IOException.class, () -> connector().connect(settings)));
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            assertTrue(seconds <= 6, "gave up after " + seconds + " s");
            assertTrue(
                    e.getMessage().startsWith("ssh: timeout after 3s waiting for SSH on 127.0.0.1:" + silent.port()),
                    e.getMessage());
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
        SshSettings settings = SshSettings.defaults(SSHD.endpoint())
                .withKeepAliveInterval(Duration.ZERO)
                .withReadWriteTimeout(Duration.ofSeconds(2));
        try (SshCommunicator ssh = connector().connect(settings)) {
            IOException e = runWhileFrozen(ssh, Duration.ofSeconds(7));
            assertTrue(
                    e.getMessage().contains("no data from the host for 2s (ssh_read_write_timeout)"), e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(TransferMethod.class)
    void frozenHostFailsAnUploadWithinTheOperationTimeout(TransferMethod method) throws Exception {
        // The writer waits for the host to take data (the SSH window) for the operation timeout: 3 s here, 30 s unset.
        SshSettings settings = SshSettings.defaults(SSHD.endpoint())
                .withKeepAliveInterval(Duration.ofSeconds(1))
                .withReadWriteTimeout(Duration.ofSeconds(3))
                .withTransferMethod(method);
        try (SshCommunicator ssh = connector().connect(settings)) {
            long size = 1L << 30; // far more than the socket buffers hold
            CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
                try {
                    ssh.upload("/dev/null", new FreezingStream(size), size, 0644);
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            });
            long start = System.nanoTime();
            Throwable thrown = assertTimeoutPreemptively(BOUND, () -> outcome.get());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            IOException e = assertInstanceOf(IOException.class, thrown);
            assertTrue(took.compareTo(Duration.ofSeconds(8)) < 0, "noticed after " + took);
            assertTrue(
                    e.getMessage().startsWith(method.name().toLowerCase(Locale.ROOT) + ": upload to /dev/null: "),
                    e.getMessage());
            assertTrue(
                    e.getMessage()
                            .matches(
                                    ".*(the host stopped accepting data|no reply from the host within 3s|no data from the host|keep-alive).*"),
                    e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        }
    }

    /** Zeros that freeze the host after the first megabytes, while the upload is in full flow. */
    private static final class FreezingStream extends InputStream {
        private final long size;
        private long sent;
        private boolean frozen;

        FreezingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (sent >= size) return -1;
            if (!frozen && sent > (4 << 20)) {
                frozen = true;
                try {
                    SSHD.freeze(true);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
            int n = (int) Math.min(len, size - sent);
            Arrays.fill(b, off, off + n, (byte) 0);
            sent += n;
            return n;
        }
    }

    /** Starts a long command, freezes the host and returns the command's failure, which must come within {@code within}. */
    private static IOException runWhileFrozen(SshCommunicator ssh, Duration within) throws Exception {
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                ssh.execute(new RemoteCommand("echo started; sleep 20", false), new RecordingOutput());
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
