package dev.kiln.runtime.communicator.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.runtime.spi.RemoteCommand;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SshConnectorTest {

    @RegisterExtension
    static final SshServerExtension SSHD = new SshServerExtension();

    private static final String USER = System.getProperty("user.name");

    /** Collects progress messages. */
    static final class Messages implements SshProgress {
        final List<String> said = new ArrayList<>();
        final List<String> debug = new ArrayList<>();

        @Override
        public synchronized void say(String message) {
            said.add(message);
        }

        @Override
        public synchronized void debug(String message) {
            debug.add(message);
        }
    }

    private static SshConnector connector(SshProgress progress) {
        return new SshConnector(progress, new SshAgent(Optional.empty()), Duration.ofMillis(200));
    }

    private static String whoami(SshCommunicator ssh) throws Exception {
        RecordingOutput out = new RecordingOutput();
        assertEquals(0, ssh.execute(new RemoteCommand("id -un", false), out));
        return out.lines().get(0).substring("out: ".length());
    }

    @Test
    void logsInWithEveryKeyTypeAndFormat() throws Exception {
        for (Keys.Key key : SSHD.keys()) {
            SshEndpoint endpoint =
                    SshEndpoint.of("127.0.0.1", SSHD.server().port(), USER).withPrivateKeyFile(key.file());
            try (SshCommunicator ssh = connector(SshProgress.silent()).connect(SshSettings.defaults(endpoint))) {
                assertEquals(USER, whoami(ssh), key.label());
            }
        }
    }

    @Test
    void logsInWithAPassword() throws Exception {
        assumeTrue(SSHD.hasPasswordUser(), "password login needs the tests to run as root (they create the user)");
        SshEndpoint endpoint = SshEndpoint.of("127.0.0.1", SSHD.server().port(), SshServerExtension.PASSWORD_USER)
                .withPassword(SshServerExtension.PASSWORD);
        try (SshCommunicator ssh = connector(SshProgress.silent()).connect(SshSettings.defaults(endpoint))) {
            assertEquals(SshServerExtension.PASSWORD_USER, whoami(ssh));
        }
    }

    @Test
    void wrongPasswordFailsAfterTheHandshakeAttempts() {
        SshEndpoint endpoint =
                SshEndpoint.of("127.0.0.1", SSHD.server().port(), USER).withPassword("wrong");
        Messages messages = new Messages();
        IOException e = assertThrows(
                IOException.class,
                () -> connector(messages).connect(SshSettings.defaults(endpoint).withHandshakeAttempts(2)));
        assertTrue(
                e.getMessage()
                        .startsWith(
                                "ssh: " + USER + "@127.0.0.1:" + SSHD.server().port() + ": "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("after 2 attempts"), e.getMessage());
        assertEquals(1, messages.debug.size(), messages.debug.toString());
    }

    @Test
    void unreadableKeyFileFailsAtOnceNamingTheFile() {
        SshEndpoint endpoint =
                SshEndpoint.of("127.0.0.1", SSHD.server().port(), USER).withPrivateKeyFile(Path.of("/nonexistent/key"));
        IOException e = assertThrows(
                IOException.class, () -> connector(SshProgress.silent()).connect(SshSettings.defaults(endpoint)));
        assertEquals("ssh_private_key_file /nonexistent/key: file not found or not readable", e.getMessage());
    }

    @Test
    void timesOutWithAOneLineMessageWhenNothingListens() throws Exception {
        SshServer idle = SSHD.newServer(List.of()); // a free port nobody listens on
        SshEndpoint endpoint = SSHD.endpoint();
        endpoint = SshEndpoint.of("127.0.0.1", idle.port(), USER)
                .withPrivateKeyFile(endpoint.privateKeyFile().get());
        Messages messages = new Messages();
        SshSettings settings = SshSettings.defaults(endpoint).withTimeout(Duration.ofSeconds(1));
        IOException e =
                assertThrows(IOException.class, () -> connector(messages).connect(settings));
        assertEquals(
                "ssh: timeout after 1s waiting for SSH on 127.0.0.1:" + idle.port() + ": ssh: connect to 127.0.0.1:"
                        + idle.port() + ": connection refused",
                e.getMessage());
        assertEquals("Waiting for SSH to become available...", messages.said.get(0));
        assertFalse(messages.debug.isEmpty());
        assertTrue(
                messages.debug
                        .get(0)
                        .startsWith("SSH attempt 1 to 127.0.0.1:" + idle.port() + " failed: ssh: connect to"),
                messages.debug.get(0));
    }

    @Test
    void retriesUntilALateServerStarts() throws Exception {
        SshServer late = SSHD.newServer(List.of());
        SshEndpoint endpoint =
                SshEndpoint.of("127.0.0.1", late.port(), USER).withPrivateKeyFile(SSHD.key("ed25519-openssh"));
        Messages messages = new Messages();
        CompletableFuture<SshCommunicator> connecting = CompletableFuture.supplyAsync(() -> {
            try {
                return connector(messages)
                        .connect(SshSettings.defaults(endpoint).withTimeout(Duration.ofSeconds(30)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(1500);
        assertFalse(connecting.isDone());
        late.start();
        try (SshCommunicator ssh = connecting.get(20, TimeUnit.SECONDS)) {
            assertEquals(USER, whoami(ssh));
        }
        assertTrue(messages.debug.size() >= 2, messages.debug.toString());
        assertEquals("Connected to SSH!", messages.said.get(messages.said.size() - 1));
        assertTrue(
                messages.said.stream().anyMatch(m -> m.matches("SSH host key fingerprint: SHA256:[A-Za-z0-9+/]{43}")),
                messages.said.toString());
    }

    @Test
    void pinsTheFirstHostKeyForTheBuild() throws Exception {
        SshServer server = SSHD.newServer(List.of());
        server.start();
        SshEndpoint endpoint =
                SshEndpoint.of("127.0.0.1", server.port(), USER).withPrivateKeyFile(SSHD.key("ed25519-openssh"));
        Messages messages = new Messages();
        SshConnector build = connector(messages);
        SshSettings settings = SshSettings.defaults(endpoint).withTimeout(Duration.ofSeconds(10));
        build.connect(settings).close();
        build.connect(settings).close(); // same key: accepted again, fingerprint logged once
        assertEquals(
                1,
                messages.said.stream()
                        .filter(m -> m.startsWith("SSH host key fingerprint:"))
                        .count());

        server.stop();
        server.newHostKey("ed25519");
        server.start();
        HostKeyMismatchException e = assertThrows(HostKeyMismatchException.class, () -> build.connect(settings));
        assertTrue(
                e.getMessage()
                        .startsWith("ssh: host key for 127.0.0.1:" + server.port()
                                + " changed during the build: pinned SHA256:"),
                e.getMessage());
        // A new build trusts the new key.
        connector(SshProgress.silent()).connect(settings).close();
    }

    @Test
    void pinningSurvivesAServerWithSeveralHostKeyTypes() throws Exception {
        SshServer server = SSHD.newServer(List.of());
        Path rsa = server.newHostKey("rsa");
        Path ecdsa = server.newHostKey("ecdsa");
        SshServer multi = SSHD.newServer(List.of("HostKey " + rsa, "HostKey " + ecdsa));
        multi.start();
        SshEndpoint endpoint = SshEndpoint.of("127.0.0.1", multi.port(), USER).withPrivateKeyFile(SSHD.key("rsa-pem"));
        SshConnector build = connector(SshProgress.silent());
        for (int i = 0; i < 3; i++)
            build.connect(SshSettings.defaults(endpoint)).close();
    }

    @Test
    void hopsThroughABastion() throws Exception {
        int target = SSHD.server().port();
        SshServer bastion = SSHD.newServer(List.of("AllowTcpForwarding yes", "PermitOpen 127.0.0.1:" + target));
        bastion.start();
        SshEndpoint hop =
                SshEndpoint.of("127.0.0.1", bastion.port(), USER).withPrivateKeyFile(SSHD.key("ecdsa-openssh"));
        try (SshCommunicator ssh = connector(SshProgress.silent())
                .connect(SshSettings.defaults(SSHD.endpoint()).withBastion(hop))) {
            assertEquals(USER, whoami(ssh));
            RecordingOutput out = new RecordingOutput();
            // The target sees the connection coming from the bastion's forwarding, i.e. from 127.0.0.1 too,
            // so check the bastion's permission instead: a target the bastion may not open fails.
            assertEquals(0, ssh.execute(new RemoteCommand("echo $SSH_CONNECTION", false), out));
        }
        SshServer other = SSHD.newServer(List.of());
        other.start();
        SshEndpoint forbidden =
                SshEndpoint.of("127.0.0.1", other.port(), USER).withPrivateKeyFile(SSHD.key("ed25519-openssh"));
        IOException e = assertThrows(
                IOException.class,
                () -> connector(SshProgress.silent())
                        .connect(
                                SshSettings.defaults(forbidden).withBastion(hop).withTimeout(Duration.ofSeconds(1))));
        assertTrue(e.getMessage().contains("ssh: connect to 127.0.0.1:" + bastion.port()), e.getMessage());
    }

    @Test
    void logsInWithTheSshAgent() throws Exception {
        Path socket = SSHD.dir().resolve("agent.sock");
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString())
                .redirectErrorStream(true)
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!java.nio.file.Files.exists(socket) && System.nanoTime() < deadline) Thread.sleep(20);
            for (String label : List.of("rsa-openssh", "ed25519-openssh")) {
                ProcessBuilder add =
                        new ProcessBuilder("ssh-add", SSHD.key(label).toString()).redirectErrorStream(true);
                add.environment().put("SSH_AUTH_SOCK", socket.toString());
                assertEquals(0, add.start().waitFor());
            }
            SshEndpoint endpoint =
                    SshEndpoint.of("127.0.0.1", SSHD.server().port(), USER).withAgentAuth(true);
            SshConnector withAgent =
                    new SshConnector(SshProgress.silent(), new SshAgent(Optional.of(socket)), Duration.ofMillis(200));
            try (SshCommunicator ssh = withAgent.connect(SshSettings.defaults(endpoint))) {
                assertEquals(USER, whoami(ssh));
            }
        } finally {
            agent.destroy();
            agent.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
