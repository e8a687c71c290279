package dev.kiln.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Test support for the ansible builds: finding ansible's tools, and reading its coloured output as text. */
final class AnsibleCommands {

    private static String python;

    private AnsibleCommands() {}

    /** Whether an executable {@code name} is on PATH. */
    static boolean onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) return true;
        }
        return false;
    }

    /** {@code text} without ANSI colour sequences (ansible-local forces colour, as Packer does). */
    static String plain(String text) {
        return text.replaceAll("\u001b\\[[0-9;]*m", "");
    }

    /** OpenSSH's sftp-server on this machine (its path differs between distributions). */
    static String sftpServer() {
        for (String candidate : new String[] {
            "/usr/lib/openssh/sftp-server",
            "/usr/libexec/openssh/sftp-server",
            "/usr/lib/ssh/sftp-server",
            "/usr/lib/sftp-server"
        }) {
            if (Files.isExecutable(Path.of(candidate))) return candidate;
        }
        throw new IllegalStateException("no sftp-server found (openssh-server installs it)");
    }

    /** The real path of the python3 on PATH (not a pyenv shim), asked once. */
    static synchronized String python() {
        if (python == null) {
            try {
                Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)")
                        .redirectErrorStream(true)
                        .start();
                String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IllegalStateException(text);
                python = text;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return python;
    }
}
