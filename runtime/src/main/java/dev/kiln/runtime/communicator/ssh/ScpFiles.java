package dev.kiln.runtime.communicator.ssh;

import dev.kiln.runtime.spi.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.xfer.InMemoryDestFile;
import net.schmizz.sshj.xfer.InMemorySourceFile;
import net.schmizz.sshj.xfer.scp.SCPFileTransfer;
import net.schmizz.sshj.xfer.scp.ScpCommandLine;

/** File transfer with the remote {@code scp -t/-f} program ({@code ssh_file_transfer_method = "scp"}). */
final class ScpFiles implements RemoteFiles {

    private final SSHClient client;

    ScpFiles(SSHClient client) {
        this.client = client;
    }

    private SCPFileTransfer scp() {
        return client.newSCPFileTransfer();
    }

    /** A transfer whose engine reports the bytes of every file in a tree to {@code progress}. */
    private SCPFileTransfer scp(Progress progress) {
        SCPFileTransfer transfer = client.newSCPFileTransfer();
        transfer.setTransferListener(new ScpProgressListener(progress));
        return transfer;
    }

    @Override
    public void upload(String destination, InputStream content, long length, int mode) throws IOException {
        InMemorySourceFile source = new InMemorySourceFile() {
            @Override
            public String getName() {
                return RemoteFiles.baseName(destination);
            }

            @Override
            public long getLength() {
                return length;
            }

            @Override
            public InputStream getInputStream() {
                return content;
            }

            @Override
            public int getPermissions() {
                return mode;
            }

            // sshj only passes -p (needed for the mode) when the source has times to send.
            @Override
            public boolean providesAtimeMtime() {
                return true;
            }

            @Override
            public long getLastAccessTime() {
                return System.currentTimeMillis() / 1000;
            }

            @Override
            public long getLastModifiedTime() {
                return System.currentTimeMillis() / 1000;
            }
        };
        // -p: set the exact mode, also on a file that already exists (plain scp -t keeps the old one).
        run(
                "upload to " + destination,
                () -> scp().newSCPUploadClient()
                        .copy(source, destination, ScpCommandLine.EscapeMode.SingleQuote, true));
    }

    @Override
    public void uploadDirectory(Path source, String destination, boolean contentsOnly, Progress progress)
            throws IOException {
        // scp -r -t creates DESTINATION itself when it is missing; make it first so both forms nest the same way.
        exec("mkdir -p " + quote(destination));
        List<Path> sources = contentsOnly ? children(source) : List.of(source);
        for (Path item : sources) {
            run(
                    "upload " + item + " to " + destination,
                    () -> scp(progress)
                            .newSCPUploadClient()
                            .copy(
                                    new PosixFile(item.toFile()),
                                    destination,
                                    ScpCommandLine.EscapeMode.SingleQuote,
                                    true));
        }
    }

    @Override
    public void download(String source, OutputStream destination) throws IOException {
        InMemoryDestFile sink = new InMemoryDestFile() {
            @Override
            public long getLength() {
                return 0;
            }

            @Override
            public OutputStream getOutputStream() {
                return destination;
            }

            @Override
            public OutputStream getOutputStream(boolean append) {
                return destination;
            }
        };
        run("download " + source, () -> scp().download(source, sink));
    }

    @Override
    public void downloadDirectory(String source, Path destination, boolean contentsOnly, Progress progress)
            throws IOException {
        Files.createDirectories(destination);
        if (!contentsOnly) {
            run("download " + source, () -> scp(progress).download(source, new PosixFile(destination.toFile())));
            return;
        }
        // scp has no "contents of" form: fetch the directory beside the target, then move its entries in.
        Path staging = Files.createTempDirectory(destination, ".kiln-scp-");
        try {
            run("download " + source, () -> scp(progress).download(source, new PosixFile(staging.toFile())));
            Path fetched = staging.resolve(RemoteFiles.baseName(source));
            for (Path child : children(fetched)) {
                Files.move(
                        child,
                        destination.resolve(child.getFileName().toString()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            deleteTree(staging);
        }
    }

    private void exec(String command) throws IOException {
        try (Session session = client.startSession();
                Session.Command cmd = session.exec(command)) {
            String error =
                    new String(cmd.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            cmd.join();
            Integer status = cmd.getExitStatus();
            if (status == null || status != 0)
                throw new IOException("scp: " + command + ": " + (error.isEmpty() ? "exit " + status : error));
        }
    }

    private static void run(String what, ScpAction action) throws IOException {
        try {
            action.run();
        } catch (IOException e) {
            throw new IOException("scp: " + what + ": " + SshErrorText.reason(e), e);
        }
    }

    private static List<Path> children(Path directory) throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.sorted().collect(Collectors.toList());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList()))
                Files.deleteIfExists(p);
        }
    }

    /** POSIX shell single quoting. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    @FunctionalInterface
    private interface ScpAction {
        void run() throws IOException;
    }
}
