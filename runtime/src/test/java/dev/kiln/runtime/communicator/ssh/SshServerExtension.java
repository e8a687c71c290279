package dev.kiln.runtime.communicator.ssh;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a real OpenSSH sshd on 127.0.0.1 for a test class, with every client key type authorized.
 * Skips only when sshd is missing and {@code CI} is unset; CI installs openssh-server (scripts/test).
 * As root it also makes a local user {@value #PASSWORD_USER} with a known password, because sshd
 * checks passwords against the system's accounts and the tests must not touch root's password.
 * Public (in the runtime test-jar) so the cli and examples tests run builds against it too.
 */
public final class SshServerExtension implements BeforeAllCallback, AfterAllCallback {

    public static final String PASSWORD_USER = "kilnssh";
    public static final String PASSWORD = "kiln-test-Passw0rd";

    private final List<String> extraConfig;
    private final boolean sftp;
    private final List<SshServer> servers = new ArrayList<>();
    private Path dir;
    private Path authorizedKeys;
    private List<Keys.Key> keys;
    private SshServer server;
    private boolean passwordUser;

    /** An sshd with {@code extraConfig} lines added to its sshd_config. */
    public SshServerExtension(String... extraConfig) {
        this(true, List.of(extraConfig));
    }

    private SshServerExtension(boolean sftp, List<String> extraConfig) {
        this.sftp = sftp;
        this.extraConfig = extraConfig;
    }

    /** An sshd without the {@code sftp} subsystem, as some minimal images ship it. */
    public static SshServerExtension withoutSftp() {
        return new SshServerExtension(false, List.of());
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isEmpty();
        if (!Files.isExecutable(SshServer.SSHD)) {
            assumeTrue(ci, "sshd is not installed (scripts/test installs openssh-server)");
            throw new IllegalStateException(
                    "CI is set but " + SshServer.SSHD + " is missing: scripts/test installs openssh-server");
        }
        dir = Files.createTempDirectory("kiln-sshd-");
        authorizedKeys = dir.resolve("authorized_keys");
        keys = Keys.generate(dir, authorizedKeys);
        server = new SshServer(dir.resolve("sshd-" + servers.size()), authorizedKeys, extraConfig, sftp);
        servers.add(server);
        server.start();
        passwordUser = preparePasswordUser();
    }

    /** A further sshd (not started) sharing the authorized keys, stopped after the class. */
    SshServer newServer(List<String> config) throws IOException, InterruptedException {
        SshServer s = new SshServer(dir.resolve("sshd-" + servers.size()), authorizedKeys, config, true);
        servers.add(s);
        return s;
    }

    SshServer server() {
        return server;
    }

    /** Freezes (SIGSTOP) or thaws the primary sshd and its sessions: a host that stops answering mid-command. */
    public void freeze(boolean frozen) throws IOException, InterruptedException {
        server.freeze(frozen);
    }

    /** PIDs of the primary sshd's descendants whose command line contains {@code marker}. */
    public List<Long> remoteProcesses(String marker) {
        return server.descendantsRunning(marker).stream()
                .map(ProcessHandle::pid)
                .toList();
    }

    /** The primary server's port on 127.0.0.1. */
    public int port() {
        return server.port();
    }

    /** The directory of keys and server files, deleted after the class. */
    public Path dir() {
        return dir;
    }

    /** The generated client key labelled {@code label} (e.g. "ed25519-openssh"). */
    public Path key(String label) {
        return keys.stream()
                .filter(k -> k.label().equals(label))
                .findFirst()
                .orElseThrow()
                .file();
    }

    List<Keys.Key> keys() {
        return keys;
    }

    /** The current user with the Ed25519 key, on the primary server. */
    SshEndpoint endpoint() {
        return SshEndpoint.of("127.0.0.1", server.port(), System.getProperty("user.name"))
                .withPrivateKeyFile(key("ed25519-openssh"));
    }

    /** Whether password tests can run: the password user exists (only when the tests run as root). */
    public boolean hasPasswordUser() {
        return passwordUser;
    }

    private static boolean preparePasswordUser() throws IOException, InterruptedException {
        if (!System.getProperty("user.name").equals("root")) return false;
        if (new ProcessBuilder("id", PASSWORD_USER).start().waitFor() != 0) {
            Keys.run("useradd", "-M", "-d", "/tmp", "-s", "/bin/sh", PASSWORD_USER);
        }
        Process chpasswd =
                new ProcessBuilder("chpasswd").redirectErrorStream(true).start();
        try (OutputStream in = chpasswd.getOutputStream()) {
            in.write((PASSWORD_USER + ":" + PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return chpasswd.waitFor() == 0;
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        for (SshServer s : servers) s.stop();
        if (dir != null) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toArray(Path[]::new)) Files.deleteIfExists(p);
            }
        }
    }

    static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(s -> !s.isEmpty());
    }
}
