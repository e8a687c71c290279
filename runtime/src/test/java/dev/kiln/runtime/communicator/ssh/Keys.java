package dev.kiln.runtime.communicator.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Client key pairs made with ssh-keygen, in the formats {@code ssh_private_key_file} must read, all authorized. */
final class Keys {

    /** A generated key: its file and how it was made. */
    record Key(String label, Path file) {}

    private Keys() {}

    static List<Key> generate(Path dir, Path authorizedKeys) throws IOException, InterruptedException {
        List<Key> keys = List.of(
                make(dir, "rsa-pem", "-t", "rsa", "-b", "2048", "-m", "PEM"),
                make(dir, "rsa-openssh", "-t", "rsa", "-b", "2048"),
                make(dir, "ecdsa-pem", "-t", "ecdsa", "-b", "256", "-m", "PEM"),
                make(dir, "ecdsa-openssh", "-t", "ecdsa", "-b", "384"),
                make(dir, "ed25519-openssh", "-t", "ed25519"));
        for (Key key : keys) {
            Files.write(
                    authorizedKeys,
                    Files.readAllBytes(Path.of(key.file() + ".pub")),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        return keys;
    }

    private static Key make(Path dir, String label, String... options) throws IOException, InterruptedException {
        Path file = dir.resolve("id_" + label);
        String[] command = new String[options.length + 7];
        command[0] = "ssh-keygen";
        command[1] = "-q";
        System.arraycopy(options, 0, command, 2, options.length);
        int i = options.length + 2;
        command[i++] = "-N";
        command[i++] = "";
        command[i++] = "-C";
        command[i++] = label;
        command[i] = "-f";
        String[] full = java.util.Arrays.copyOf(command, command.length + 1);
        full[full.length - 1] = file.toString();
        run(full);
        return new Key(label, file);
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) throw new IOException(String.join(" ", command) + " failed: " + output);
        return output;
    }
}
