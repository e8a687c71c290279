package dev.kiln.runtime.communicator.ssh;

import dev.kiln.runtime.spi.CommandOutput;
import dev.kiln.runtime.spi.RemoteCommand;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Loopback benchmark (scripts/bench-ssh): connect + {@code true}, and a 200 MB upload over SFTP
 * and SCP, against a private sshd; then the same with the OpenSSH client through hyperfine.
 */
public final class SshBench {

    private static final CommandOutput IGNORE = new CommandOutput() {
        @Override
        public void stdout(String line) {}

        @Override
        public void stderr(String line) {}
    };

    public static void main(String[] args) throws Exception {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path dir = Files.createTempDirectory("kiln-ssh-bench-");
        Path authorized = dir.resolve("authorized_keys");
        Path key = dir.resolve("id_ed25519");
        Keys.run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString());
        Files.copy(Path.of(key + ".pub"), authorized);
        try (SshServer server = new SshServer(dir.resolve("sshd"), authorized, List.of(), true)) {
            server.start();
            SshEndpoint endpoint = SshEndpoint.of("127.0.0.1", server.port(), System.getProperty("user.name"))
                    .withPrivateKeyFile(key);
            SshConnector connector = new SshConnector(SshProgress.silent());

            double[] connect = new double[30];
            for (int i = -10; i < connect.length; i++) { // 10 warm-up rounds for the JIT
                long start = System.nanoTime();
                try (SshCommunicator ssh = connector.connect(SshSettings.defaults(endpoint))) {
                    ssh.execute(new RemoteCommand("true", false), IGNORE);
                }
                if (i >= 0) connect[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(connect);
            System.out.printf(
                    "kiln connect + true (in JVM, warm): median %.1f ms, min %.1f ms%n",
                    connect[connect.length / 2], connect[0]);

            Path file = dir.resolve("payload.bin");
            byte[] block = new byte[1 << 20];
            new Random(1).nextBytes(block);
            try (var out = Files.newOutputStream(file)) {
                for (int i = 0; i < megabytes; i++) out.write(block);
            }
            Path remote = dir.resolve("uploaded.bin");
            for (TransferMethod method : TransferMethod.values()) {
                try (SshCommunicator ssh =
                        connector.connect(SshSettings.defaults(endpoint).withTransferMethod(method))) {
                    double best = Double.MAX_VALUE;
                    for (int round = 0; round < 3; round++) {
                        long start = System.nanoTime();
                        try (InputStream in = Files.newInputStream(file)) {
                            ssh.upload(remote.toString(), in, Files.size(file), 0644);
                        }
                        best = Math.min(best, (System.nanoTime() - start) / 1e9);
                        Files.delete(remote);
                    }
                    System.out.printf(
                            "kiln upload %d MB over %s: best of 3 %.2f s = %.0f MB/s%n",
                            megabytes, method, best, megabytes / best);
                }
            }

            String ssh = "ssh -q -i " + key
                    + " -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes -p "
                    + server.port();
            String scp = "scp -q -i " + key
                    + " -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes -P "
                    + server.port();
            hyperfine("--warmup", "3", "--runs", "30", ssh + " 127.0.0.1 true");
            hyperfine("--warmup", "1", "--runs", "3", scp + " " + file + " 127.0.0.1:" + remote);
        } finally {
            Keys.run("rm", "-rf", dir.toString());
        }
    }

    private static void hyperfine(String... args) throws Exception {
        String[] command = new String[args.length + 3];
        command[0] = "hyperfine";
        command[1] = "--style";
        command[2] = "basic";
        System.arraycopy(args, 0, command, 3, args.length);
        new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
