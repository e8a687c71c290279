package dev.kiln.runtime.provisioner.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.runtime.communicator.FakeCommunicator;
import dev.kiln.runtime.plugin.RecordingUi;
import dev.kiln.runtime.spi.CommandOutput;
import dev.kiln.runtime.spi.Communicator;
import dev.kiln.runtime.spi.RemoteCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proxy adapter with OpenSSH's own ssh and scp clients, over a fake machine: what ansible's ssh connection does. */
class ProxyAdapterTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void clientsAreInstalled() {
        assumeTrue(
                Files.isExecutable(Path.of("/usr/bin/ssh")),
                "openssh-client is not installed (scripts/test installs it)");
    }

    private record Client(Path key, String user) {}

    private Client client(ProxyAdapter adapter, AdapterKeys.UserKey key) {
        return new Client(key.privateKeyFile(), System.getProperty("user.name"));
    }

    private static List<String> sshOptions(Path key, int port) {
        return List.of(
                "-o",
                "StrictHostKeyChecking=no",
                "-o",
                "UserKnownHostsFile=/dev/null",
                "-o",
                "BatchMode=yes",
                "-o",
                "IdentitiesOnly=yes",
                "-o",
                "LogLevel=ERROR",
                "-i",
                key.toString(),
                "-p",
                Integer.toString(port));
    }

    private static Result ssh(Path key, int port, String user, String command) throws Exception {
        List<String> argv = new ArrayList<>(List.of("ssh", "-n"));
        argv.addAll(sshOptions(key, port));
        argv.addAll(List.of(user + "@127.0.0.1", command));
        return Result.of(new ProcessBuilder(argv));
    }

    private record Result(int status, String out, String err) {
        static Result of(ProcessBuilder builder) throws Exception {
            Process p = builder.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the client ends");
            return new Result(p.exitValue(), out, err);
        }
    }

    private static ProxyAdapter start(AdapterKeys.UserKey key, Communicator comm, RecordingUi ui) throws Exception {
        return ProxyAdapter.start(
                0,
                AdapterKeys.hostKey("", "ECDSA"),
                key.publicKey(),
                System.getProperty("user.name"),
                "/usr/lib/sftp-server -e",
                comm,
                ui);
    }

    @Test
    void execRunsOnTheMachineWithItsOutputAndExitStatus() throws Exception {
        FakeCommunicator machine = new FakeCommunicator().shell((command, m, output) -> {
            output.stdout("ran " + command);
            output.stderr("warned");
            return 3;
        });
        AdapterKeys.UserKey key = AdapterKeys.userKey("", "ECDSA");
        try (ProxyAdapter adapter = start(key, machine, new RecordingUi())) {
            Result r = ssh(key.privateKeyFile(), adapter.port(), System.getProperty("user.name"), "echo 'a b' && true");
            assertEquals(3, r.status(), r.err());
            assertEquals("ran echo 'a b' && true\n", r.out());
            assertEquals("warned\n", r.err());
        } finally {
            Files.deleteIfExists(key.privateKeyFile());
        }
    }

    @Test
    void onlyTheUserWithTheOneTimeKeyGetsIn() throws Exception {
        FakeCommunicator machine = new FakeCommunicator();
        AdapterKeys.UserKey key = AdapterKeys.userKey("", "RSA");
        AdapterKeys.UserKey other = AdapterKeys.userKey("", "ECDSA");
        try (ProxyAdapter adapter = start(key, machine, new RecordingUi())) {
            assertEquals(
                    0,
                    ssh(key.privateKeyFile(), adapter.port(), System.getProperty("user.name"), "true")
                            .status());
            assertEquals(
                    255,
                    ssh(other.privateKeyFile(), adapter.port(), System.getProperty("user.name"), "true")
                            .status());
            assertEquals(
                    255,
                    ssh(key.privateKeyFile(), adapter.port(), "someone-else", "true")
                            .status());
            assertEquals(List.of("exec: true"), machine.log());
        } finally {
            Files.deleteIfExists(key.privateKeyFile());
            Files.deleteIfExists(other.privateKeyFile());
        }
    }

    @Test
    void scpUploadsAndDownloadsGoThroughTheCommunicator() throws Exception {
        FakeCommunicator machine = new FakeCommunicator();
        machine.put("/remote/fetched.txt", "from the machine\n");
        Path local = Files.writeString(dir.resolve("module.py"), "print('hi')\n");
        Files.setPosixFilePermissions(local, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---"));
        AdapterKeys.UserKey key = AdapterKeys.userKey("", "ECDSA");
        try (ProxyAdapter adapter = start(key, machine, new RecordingUi())) {
            String target = System.getProperty("user.name") + "@127.0.0.1:";
            // -O: the scp protocol; OpenSSH 9's scp speaks SFTP unless told otherwise.
            List<String> up = new ArrayList<>(List.of("scp", "-O"));
            up.addAll(sshOptions(key.privateKeyFile(), adapter.port()).stream()
                    .map(o -> o.equals("-p") ? "-P" : o)
                    .toList());
            up.addAll(List.of(local.toString(), target + "'/remote/dir with space/module.py'"));
            Result r = Result.of(new ProcessBuilder(up));
            assertEquals(0, r.status(), r.err());
            assertEquals(
                    "print('hi')\n",
                    machine.files().get("/remote/dir with space/module.py").text());
            assertEquals(
                    0750,
                    machine.files().get("/remote/dir with space/module.py").mode());

            List<String> down = new ArrayList<>(List.of("scp", "-O"));
            down.addAll(sshOptions(key.privateKeyFile(), adapter.port()).stream()
                    .map(o -> o.equals("-p") ? "-P" : o)
                    .toList());
            down.addAll(List.of(
                    target + "/remote/fetched.txt", dir.resolve("fetched.txt").toString()));
            r = Result.of(new ProcessBuilder(down));
            assertEquals(0, r.status(), r.err());
            assertEquals("from the machine\n", Files.readString(dir.resolve("fetched.txt")));
        } finally {
            Files.deleteIfExists(key.privateKeyFile());
        }
    }

    @Test
    void closingTheAdapterStopsRunningCommandsAndThePort() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        Communicator blocking = new FakeCommunicatorWithStreams(started, interrupted);
        AdapterKeys.UserKey key = AdapterKeys.userKey("", "ECDSA");
        ProxyAdapter adapter = start(key, blocking, new RecordingUi());
        int port = adapter.port();
        Thread client = new Thread(() -> {
            try {
                ssh(key.privateKeyFile(), port, System.getProperty("user.name"), "sleep forever");
            } catch (Exception e) {
                // The adapter goes away under the client.
            }
        });
        client.start();
        try {
            assertTrue(started.await(30, TimeUnit.SECONDS), "the command runs");
            adapter.close();
            assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the remote command is stopped");
            try (Socket socket = new Socket()) {
                assertThrows(IOException.class, () -> socket.connect(new InetSocketAddress("127.0.0.1", port), 1000));
            }
            client.join(TimeUnit.SECONDS.toMillis(30));
            assertNotEquals(Thread.State.RUNNABLE, client.getState());
        } finally {
            adapter.close();
            Files.deleteIfExists(key.privateKeyFile());
        }
    }

    /** A machine whose every command runs until it is interrupted. */
    private static final class FakeCommunicatorWithStreams implements Communicator {
        private final CountDownLatch started;
        private final CountDownLatch interrupted;

        FakeCommunicatorWithStreams(CountDownLatch started, CountDownLatch interrupted) {
            this.started = started;
            this.interrupted = interrupted;
        }

        @Override
        public int execute(RemoteCommand command, CommandOutput output) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int execute(RemoteCommand command, InputStream stdin, OutputStream stdout, OutputStream stderr)
                throws InterruptedException {
            started.countDown();
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return 0;
        }

        @Override
        public void upload(String destination, InputStream content, long length, int mode) {}

        @Override
        public void uploadDirectory(Path source, String destination, boolean contentsOnly) {}

        @Override
        public void download(String source, OutputStream destination) {}

        @Override
        public void downloadDirectory(String source, Path destination, boolean contentsOnly) {}

        @Override
        public void close() {}
    }
}
