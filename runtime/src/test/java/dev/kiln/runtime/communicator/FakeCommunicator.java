package dev.kiln.runtime.communicator;

import dev.kiln.runtime.spi.CommandOutput;
import dev.kiln.runtime.spi.Communicator;
import dev.kiln.runtime.spi.RemoteCommand;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An in-memory remote machine for provisioner tests: a flat file system (path → bytes and mode),
 * a log of every command and upload, and a scripted shell. {@code chmod} and {@code rm -f} act on
 * the file system; any other command goes to the {@link Shell} the test installed.
 */
public final class FakeCommunicator implements Communicator {

    /** What a remote command does: writes output and returns an exit status, or throws to drop the connection. */
    @FunctionalInterface
    public interface Shell {
        /** Runs {@code command} on {@code machine}. */
        int run(String command, FakeCommunicator machine, CommandOutput output) throws IOException;
    }

    /** A remote file. */
    public record RemoteFile(byte[] content, int mode) {
        /** The content as UTF-8 text. */
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private final Map<String, RemoteFile> files = new TreeMap<>();
    private final List<String> log = new ArrayList<>();
    private Shell shell = (command, machine, output) -> 0;
    private int failUploads;

    /** Installs the shell that runs non-built-in commands. */
    public FakeCommunicator shell(Shell shell) {
        this.shell = shell;
        return this;
    }

    /** Makes the next {@code count} uploads fail with an I/O error (a machine still rebooting). */
    public FakeCommunicator failUploads(int count) {
        this.failUploads = count;
        return this;
    }

    /** The remote files by path. */
    public Map<String, RemoteFile> files() {
        return files;
    }

    /** Puts a file on the machine. */
    public void put(String path, String content) {
        files.put(path, new RemoteFile(content.getBytes(StandardCharsets.UTF_8), 0644));
    }

    /** {@code exec: CMD}, {@code upload: PATH (MODE)} and the like, in order. */
    public List<String> log() {
        return List.copyOf(log);
    }

    @Override
    public int execute(RemoteCommand command, CommandOutput output) throws IOException {
        String cmd = command.command();
        log.add("exec: " + cmd);
        if (cmd.matches("chmod [0-7]+ \\S+")) {
            String[] parts = cmd.split(" ");
            RemoteFile f = files.get(parts[2]);
            if (f == null) return 1;
            files.put(parts[2], new RemoteFile(f.content(), Integer.parseInt(parts[1], 8)));
            return 0;
        }
        if (cmd.matches("rm -f \\S+")) {
            files.remove(cmd.substring(6));
            return 0;
        }
        return shell.run(cmd, this, output);
    }

    /** The same commands with streams: output lines go to {@code stdout}/{@code stderr}, the input is read and dropped. */
    @Override
    public int execute(RemoteCommand command, InputStream stdin, OutputStream stdout, OutputStream stderr)
            throws IOException {
        stdin.readAllBytes();
        return execute(command, new CommandOutput() {
            @Override
            public void stdout(String line) {
                write(stdout, line);
            }

            @Override
            public void stderr(String line) {
                write(stderr, line);
            }
        });
    }

    private static void write(OutputStream out, String line) {
        try {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void upload(String destination, InputStream content, long length, int mode) throws IOException {
        log.add("upload: " + destination + " (" + Integer.toOctalString(mode) + ")");
        if (failUploads > 0) {
            failUploads--;
            throw new IOException("connection refused");
        }
        byte[] bytes = content.readAllBytes();
        if (bytes.length != length) throw new IOException("length " + length + " but " + bytes.length + " bytes");
        files.put(destination, new RemoteFile(bytes, mode));
    }

    @Override
    public void uploadDirectory(Path source, String destination, boolean contentsOnly) throws IOException {
        log.add("upload-dir: " + source + " -> " + destination + (contentsOnly ? " (contents)" : ""));
        String base = destination.replaceAll("/+$", "") + (contentsOnly ? "" : "/" + source.getFileName());
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(
                        base + "/" + source.relativize(p).toString().replace('\\', '/'),
                        new RemoteFile(Files.readAllBytes(p), 0644));
            }
        }
    }

    @Override
    public void download(String source, OutputStream destination) throws IOException {
        log.add("download: " + source);
        RemoteFile f = files.get(source);
        if (f == null) throw new IOException("scp: " + source + ": No such file or directory");
        new ByteArrayInputStream(f.content()).transferTo(destination);
    }

    @Override
    public void downloadDirectory(String source, Path destination, boolean contentsOnly) throws IOException {
        log.add("download-dir: " + source + " -> " + destination + (contentsOnly ? " (contents)" : ""));
        String prefix = source.replaceAll("/+$", "") + "/";
        String dirName = prefix.substring(0, prefix.length() - 1);
        dirName = dirName.substring(dirName.lastIndexOf('/') + 1);
        Path base = contentsOnly ? destination : destination.resolve(dirName);
        for (var e : files.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                Path target = base.resolve(e.getKey().substring(prefix.length()));
                Files.createDirectories(target.getParent());
                Files.write(target, e.getValue().content());
            }
        }
    }

    @Override
    public void close() {}
}
