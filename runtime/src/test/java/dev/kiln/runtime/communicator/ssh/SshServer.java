package dev.kiln.runtime.communicator.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One real OpenSSH sshd on 127.0.0.1 for tests: a generated config, generated host key and a free
 * port. It runs as the current user; as root it permits root login, since that is who the tests are.
 */
final class SshServer implements AutoCloseable {

    static final Path SSHD = Path.of("/usr/sbin/sshd");

    private final Path dir;
    private final int port;
    private final Path authorizedKeys;
    private final List<String> extraConfig;
    private final boolean sftp;
    private Path hostKey;
    private Process process;

    /** A server with {@code extraConfig} added to its sshd_config, and the sftp subsystem unless {@code sftp} is false. */
    SshServer(Path dir, Path authorizedKeys, List<String> extraConfig, boolean sftp)
            throws IOException, InterruptedException {
        this.dir = Files.createDirectories(dir);
        this.authorizedKeys = authorizedKeys;
        this.extraConfig = List.copyOf(extraConfig);
        this.sftp = sftp;
        this.port = freePort();
        this.hostKey = newHostKey("ed25519");
    }

    int port() {
        return port;
    }

    /** Generates a fresh host key of {@code type} that the next {@link #start()} presents. */
    Path newHostKey(String type) throws IOException, InterruptedException {
        Path key = dir.resolve("host_" + type + "_" + System.nanoTime());
        Keys.run("ssh-keygen", "-q", "-t", type, "-N", "", "-f", key.toString());
        hostKey = key;
        return key;
    }

    void start() throws IOException, InterruptedException {
        Files.createDirectories(Path.of("/run/sshd")); // privilege separation directory sshd insists on as root
        List<String> config = new ArrayList<>(List.of(
                "Port " + port,
                "ListenAddress 127.0.0.1",
                "HostKey " + hostKey,
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + authorizedKeys,
                "StrictModes no",
                "UsePAM no",
                "PasswordAuthentication yes",
                "KbdInteractiveAuthentication no",
                "PermitRootLogin yes",
                "MaxStartups 100",
                "MaxSessions 100",
                "LogLevel ERROR"));
        if (sftp) config.add("Subsystem sftp internal-sftp");
        config.addAll(extraConfig);
        Path file = dir.resolve("sshd_config");
        Files.write(file, config);
        process = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", file.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("sshd.log").toFile())
                .start();
        awaitBanner();
    }

    /**
     * Freezes (SIGSTOP) or thaws (SIGCONT) sshd and every process it started, as a host that hangs
     * mid-command: the TCP connection stays up, nothing answers.
     */
    void freeze(boolean frozen) throws IOException, InterruptedException {
        if (process == null) return;
        List<String> command =
                new ArrayList<>(List.of("kill", frozen ? "-STOP" : "-CONT", Long.toString(process.pid())));
        process.descendants().forEach(p -> command.add(Long.toString(p.pid())));
        // Processes may end between listing and signalling: the exit status is not checked.
        new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()
                .waitFor();
    }

    /** The processes sshd started whose command line contains {@code marker} (the commands of its sessions). */
    List<ProcessHandle> descendantsRunning(String marker) {
        return process.descendants()
                .filter(p -> p.info()
                        .commandLine()
                        .map(line -> line.contains(marker))
                        .orElse(false))
                .toList();
    }

    void stop() throws InterruptedException {
        if (process == null) return;
        try {
            freeze(false); // a stopped sshd would not act on SIGTERM
        } catch (IOException e) {
            // Nothing to thaw.
        }
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        process = null;
    }

    String log() throws IOException {
        Path log = dir.resolve("sshd.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private void awaitBanner() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IOException("sshd exited: " + log());
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                InputStream in = socket.getInputStream();
                byte[] banner = new byte[4];
                if (in.readNBytes(banner, 0, 4) == 4 && new String(banner, StandardCharsets.US_ASCII).equals("SSH-"))
                    return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("sshd did not answer on port " + port + ": " + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
