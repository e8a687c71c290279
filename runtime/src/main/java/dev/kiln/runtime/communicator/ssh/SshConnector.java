package dev.kiln.runtime.communicator.ssh;

import dev.kiln.runtime.spi.Wait;
import dev.kiln.stdlib.go.GoDuration;
import java.io.IOException;
import java.security.Provider;
import java.security.Security;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.schmizz.keepalive.KeepAliveProvider;
import net.schmizz.keepalive.KeepAliveRunner;
import net.schmizz.sshj.Config;
import net.schmizz.sshj.DefaultConfig;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.common.Factory;
import net.schmizz.sshj.common.SecurityUtils;
import net.schmizz.sshj.connection.channel.direct.DirectConnection;
import net.schmizz.sshj.transport.cipher.Cipher;
import net.schmizz.sshj.userauth.UserAuthException;

/**
 * Opens {@link SshCommunicator}s for one build: waits until the host answers (retrying until
 * {@code ssh_timeout}), hops through the bastion when there is one, logs in, and pins each host's
 * key for the rest of the build. Create one per build and reuse it for reconnects.
 */
public final class SshConnector {

    private static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(2);

    /**
     * The longest one connection attempt may wait for the banner, key exchange or login before it
     * is abandoned (and retried while {@code ssh_timeout} lasts); shorter when less of it is left.
     */
    static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Unanswered keep-alives after which the host counts as gone: OpenSSH's
     * {@code ServerAliveCountMax}, so a frozen host is noticed after 3 intervals (15 s by default).
     */
    static final int KEEP_ALIVE_COUNT_MAX = 3;

    private final SshProgress progress;
    private final HostKeyPins pins;
    private final SshAgent agent;
    private final Duration retryDelay;
    private final Config config = clientConfig();

    /** A connector reporting to {@code progress}, using the agent at {@code $SSH_AUTH_SOCK}. */
    public SshConnector(SshProgress progress) {
        this(progress, SshAgent.fromEnvironment(), DEFAULT_RETRY_DELAY);
    }

    SshConnector(SshProgress progress, SshAgent agent, Duration retryDelay) {
        this.progress = progress;
        this.pins = new HostKeyPins(progress);
        this.agent = agent;
        this.retryDelay = retryDelay;
    }

    /**
     * Connects, retrying connection failures until {@code settings.timeout()} and authentication
     * failures {@code handshakeAttempts} times. Throws {@link IOException} with a one-line message
     * when it gives up and {@link InterruptedException} when the build is cancelled.
     */
    public SshCommunicator connect(SshSettings settings) throws IOException, InterruptedException {
        sleep(settings.pauseBeforeConnecting());
        Wait waiting = progress.startWait("Waiting for SSH to become available...");
        try {
            return connectWhileWaiting(settings, waiting);
        } finally {
            waiting.close();
        }
    }

    private SshCommunicator connectWhileWaiting(SshSettings settings, Wait waiting)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        int attempt = 0;
        int authFailures = 0;
        while (true) {
            attempt++;
            if (Thread.interrupted()) throw new InterruptedException("cancelled while waiting for SSH");
            try {
                SshCommunicator communicator = tryConnect(settings, deadline);
                // The wait's line ends before the next one, so "Connected" follows it as in Packer.
                waiting.close();
                progress.say("Connected to SSH!");
                return communicator;
            } catch (HostKeyMismatchException | SshAuthenticator.UnusableCredentialsException e) {
                throw e;
            } catch (UserAuthException e) {
                authFailures++;
                if (authFailures >= settings.handshakeAttempts()) {
                    throw new IOException(
                            "ssh: " + settings.target().username() + "@"
                                    + settings.target().address() + ": " + SshErrorText.reason(e) + " after "
                                    + authFailures + " attempts",
                            e);
                }
                retryLater(attempt, settings, e);
            } catch (IOException e) {
                if (System.nanoTime() + retryDelay.toNanos() > deadline) {
                    throw new IOException(
                            "ssh: timeout after " + GoDuration.format(settings.timeout()) + " waiting for SSH on "
                                    + settings.target().address() + ": " + e.getMessage(),
                            e);
                }
                retryLater(attempt, settings, e);
            }
        }
    }

    private void retryLater(int attempt, SshSettings settings, IOException e) throws InterruptedException {
        progress.debug("SSH attempt " + attempt + " to " + settings.target().address() + " failed: " + e.getMessage()
                + "; retrying in " + GoDuration.format(retryDelay));
        sleep(retryDelay);
    }

    private SshCommunicator tryConnect(SshSettings settings, long deadline) throws IOException {
        List<SSHClient> opened = new ArrayList<>();
        try {
            SSHClient target = newClient(settings, deadline);
            if (settings.bastion().isPresent()) {
                SshEndpoint bastion = settings.bastion().get();
                SSHClient hop = newClient(settings, deadline);
                opened.add(hop);
                login(hop, bastion, () -> hop.connect(bastion.host(), bastion.port()));
                opened.add(target);
                DirectConnection tunnel = open(
                        bastion,
                        () -> hop.newDirectConnection(
                                settings.target().host(), settings.target().port()));
                login(target, settings.target(), () -> target.connectVia(tunnel));
            } else {
                opened.add(target);
                login(
                        target,
                        settings.target(),
                        () -> target.connect(
                                settings.target().host(), settings.target().port()));
            }
            for (SSHClient client : opened) afterLogin(client, settings);
            return new SshCommunicator(opened, settings);
        } catch (IOException | RuntimeException e) {
            for (SSHClient client : opened) closeQuietly(client);
            throw e;
        }
    }

    private SSHClient newClient(SshSettings settings, long deadline) {
        SSHClient client = new SSHClient(config);
        client.addHostKeyVerifier(pins);
        long remainingMillis = Math.max(1000, (deadline - System.nanoTime()) / 1_000_000);
        int handshakeMillis = (int) Math.min(remainingMillis, HANDSHAKE_TIMEOUT.toMillis());
        client.setConnectTimeout(handshakeMillis);
        // A read timeout on the socket bounds the wait for the banner (a port that accepts and says
        // nothing) and for every handshake reply; sshj's own timeout bounds its waits for events.
        client.setSocketFactory(new WatchedSocket.Factory());
        client.setTimeout(handshakeMillis);
        client.getTransport().setTimeoutMs(handshakeMillis);
        client.getConnection().setTimeoutMs(handshakeMillis);
        // sshj starts the keep-alive thread while connecting, and only when an interval is set by then.
        KeepAliveRunner keepAlive = (KeepAliveRunner) client.getConnection().getKeepAlive();
        keepAlive.setKeepAliveInterval(settings.keepAliveSeconds());
        keepAlive.setMaxAliveCount(KEEP_ALIVE_COUNT_MAX);
        return client;
    }

    /**
     * The bounds of a logged-in connection: replies to requests (session open, exec, subsystem,
     * SFTP) within {@link SshSettings#operationTimeout()}, and the connection fails when the host
     * sends nothing for {@link SshSettings#silenceLimit()} (keep-alive replies count).
     */
    private static void afterLogin(SSHClient client, SshSettings settings) throws IOException {
        int operationMillis = (int) settings.operationTimeout().toMillis();
        client.getTransport().setTimeoutMs(operationMillis);
        client.getConnection().setTimeoutMs(operationMillis);
        if (client.getSocket() instanceof WatchedSocket socket) {
            Optional<Duration> limit = settings.silenceLimit();
            if (limit.isPresent()) {
                socket.closeAfterSilence(
                        limit.get(),
                        settings.readWriteTimeout().compareTo(Duration.ZERO) <= 0
                                ? (KEEP_ALIVE_COUNT_MAX + 1) + " keep-alive intervals"
                                : "ssh_read_write_timeout");
            } else {
                socket.setSoTimeout(0);
            }
        }
    }

    /** Connects {@code client} to {@code endpoint} and logs in, turning every failure into one line naming the endpoint. */
    private void login(SSHClient client, SshEndpoint endpoint, IoAction connect) throws IOException {
        open(endpoint, connect);
        try {
            SshAuthenticator.authenticate(client, endpoint, agent);
        } catch (SshAuthenticator.UnusableCredentialsException e) {
            throw e;
        } catch (UserAuthException e) {
            throw new UserAuthException("ssh: authenticate " + endpoint + ": " + SshErrorText.reason(e), e);
        }
    }

    private <T> T open(SshEndpoint endpoint, IoSupplier<T> action) throws IOException {
        try {
            return action.get();
        } catch (IOException e) {
            String address = endpoint.host() + ":" + endpoint.port();
            var mismatch = pins.takeMismatch(address);
            if (mismatch.isPresent()) throw new HostKeyMismatchException(mismatch.get());
            throw new IOException("ssh: connect to " + endpoint.address() + ": " + SshErrorText.reason(e), e);
        }
    }

    private void open(SshEndpoint endpoint, IoAction action) throws IOException {
        open(endpoint, () -> {
            action.run();
            return null;
        });
    }

    private static Config clientConfig() {
        useJdkCryptoFirst();
        DefaultConfig config = new DefaultConfig();
        // keepalive@openssh.com requests notice a dead peer; the default heartbeat only sends ignores.
        config.setKeepAliveProvider(KeepAliveProvider.KEEP_ALIVE);
        // AES-GCM first: the JVM's AES intrinsics make it the fastest cipher, which decides upload throughput.
        List<Factory.Named<Cipher>> ciphers = new ArrayList<>(config.getCipherFactories());
        ciphers.sort((a, b) -> Boolean.compare(
                !a.getName().startsWith("aes128-gcm"), !b.getName().startsWith("aes128-gcm")));
        config.setCipherFactories(ciphers);
        return config;
    }

    /**
     * sshj asks BouncyCastle for every cipher when it is on the class path; the JDK's providers use
     * the CPU's AES instructions and move data 3-4x faster (docs/benchmarks.md). BouncyCastle stays
     * registered, last, for what only it offers (sshj's "ECDSA" key factory name).
     */
    private static synchronized void useJdkCryptoFirst() {
        SecurityUtils.setRegisterBouncyCastle(false);
        SecurityUtils.setSecurityProvider(null);
        if (Security.getProvider("BC") == null) {
            try {
                Security.addProvider((Provider) Class.forName("org.bouncycastle.jce.provider.BouncyCastleProvider")
                        .getDeclaredConstructor()
                        .newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                // Without BouncyCastle only ECDSA key files are unreadable, and they say so.
            }
        }
    }

    private static void sleep(Duration duration) throws InterruptedException {
        if (!duration.isZero() && !duration.isNegative()) Thread.sleep(duration.toMillis());
    }

    static void closeQuietly(SSHClient client) {
        try {
            client.close();
        } catch (IOException | RuntimeException e) {
            // Already broken; nothing more to release.
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    @FunctionalInterface
    private interface IoSupplier<T> {
        T get() throws IOException;
    }
}
