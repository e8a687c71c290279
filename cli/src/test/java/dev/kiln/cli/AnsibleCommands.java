package dev.kiln.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test support for the ansible builds: finding ansible on PATH, and reading its coloured output as text. */
final class AnsibleCommands {

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
        for (String candidate : new String[] {"/usr/lib/openssh/sftp-server", "/usr/libexec/openssh/sftp-server",
                "/usr/lib/ssh/sftp-server", "/usr/lib/sftp-server"}) {
            if (Files.isExecutable(Path.of(candidate))) return candidate;
        }
        throw new IllegalStateException("no sftp-server found (openssh-server installs it)");
    }
}
