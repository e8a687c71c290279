package dev.kiln.runtime.provisioner.ansible;

import dev.kiln.runtime.spi.Communicator;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The proxy adapter's side of the scp protocol (as {@code scp -t} and {@code scp -f} speak it),
 * for ansible's scp transfers: the file ansible sends is uploaded with the communicator, the file it
 * fetches is downloaded with it. Like the plugin's adapter it moves single files (all ansible sends
 * or fetches) and answers a directory request with an error.
 */
final class ScpRelay {

    private static final int OK = 0;
    private static final int ERROR = 2;

    private final Communicator comm;

    ScpRelay(Communicator comm) {
        this.comm = comm;
    }

    /** Whether {@code command} is an scp sink or source command the relay serves. */
    static boolean serves(String command) {
        if (!command.startsWith("scp ")) return false;
        String options = options(command.substring(4))[0];
        return options.indexOf('t') >= 0 || options.indexOf('f') >= 0;
    }

    /**
     * Serves {@code scp ARGS} on the session streams; {@code command} starts with {@code scp }.
     * Throws when the transfer failed (the client was told, as the protocol says).
     */
    void serve(String command, InputStream in, OutputStream out) throws IOException, InterruptedException {
        String[] parts = options(command.substring(4));
        String path = String.join("", ShellWords.split(parts[1])).trim();
        if (path.isEmpty()) {
            fail(out, "");
            throw new IOException(parts[0].indexOf('t') >= 0 ? "no scp target specified" : "no scp source specified");
        }
        if (parts[0].indexOf('t') >= 0) {
            receive(path, in, out);
        } else {
            send(path, parts[0], in, out);
        }
    }

    /** {@code scp -t PATH}: the client sends a file, which goes to PATH on the machine. */
    private void receive(String target, InputStream in, OutputStream out) throws IOException, InterruptedException {
        reply(out); // the client starts sending once the sink said OK
        while (true) {
            int type = in.read();
            if (type < 0) throw new IOException("scp: the client closed the connection");
            switch (type) {
                case 'T' -> {
                    String times = line(in);
                    if (!times.matches("\\d+ 0 \\d+ 0")) {
                        fail(out, "");
                        throw new IOException("invalid time message: " + times);
                    }
                    reply(out);
                }
                case 'C' -> {
                    String[] header = line(in).split(" ", 3);
                    int mode;
                    long size;
                    try {
                        mode = Integer.parseInt(header[0], 8) & 07777;
                        size = Long.parseLong(header[1]);
                    } catch (RuntimeException e) {
                        fail(out, "");
                        throw new IOException("invalid file message: " + String.join(" ", header));
                    }
                    reply(out);
                    try {
                        comm.upload(target, new Bounded(in, size), size, mode);
                    } catch (IOException e) {
                        fail(out, "");
                        throw e;
                    }
                    response(in);
                    reply(out);
                    return;
                }
                case 'E' -> {
                    reply(out);
                    return;
                }
                case 'D' -> {
                    line(in);
                    fail(out, "scp: directory uploads are not supported by the ansible proxy adapter");
                    throw new IOException("directory uploads are not supported");
                }
                default -> {
                    fail(out, "");
                    throw new IOException("unexpected message: " + (char) type);
                }
            }
        }
    }

    /** {@code scp -f PATH}: the file PATH on the machine is downloaded, then sent to the client. */
    private void send(String source, String options, InputStream in, OutputStream out)
            throws IOException, InterruptedException {
        if (options.indexOf('d') >= 0) {
            fail(out, "");
            throw new IOException("directory downloads not supported");
        }
        Path local = Files.createTempFile("ansible-download", "");
        try {
            try (OutputStream file = Files.newOutputStream(local)) {
                comm.download(source, file);
            } catch (IOException e) {
                fail(out, "");
                throw e;
            }
            response(in); // the sink's go-ahead
            long size = Files.size(local);
            String name = source.replaceAll("/+$", "");
            name = name.substring(name.lastIndexOf('/') + 1);
            out.write(("C0644 " + size + " " + name + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            response(in);
            Files.copy(local, out);
            reply(out);
            response(in);
        } finally {
            Files.deleteIfExists(local);
        }
    }

    /**
     * Splits scp's arguments as the plugin does: leading {@code -x} words are options (their letters
     * collected), the rest is the path. Returns {options, rest}.
     */
    static String[] options(String args) {
        StringBuilder options = new StringBuilder();
        boolean option = false;
        int end = 0;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (c == ' ') {
                option = false;
            } else if (c == '-') {
                option = true;
            } else if (option) {
                options.append(c);
            } else {
                break;
            }
            end++;
        }
        return new String[] {options.toString(), args.substring(end)};
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) throw new IOException("scp: the client closed the connection");
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** Reads the peer's answer: 0 is fine, 1 a warning, anything else an error with a message line. */
    private static void response(InputStream in) throws IOException {
        int code = in.read();
        if (code < 0) throw new IOException("scp: the client closed the connection");
        if (code != OK) {
            String message = line(in);
            if (code > 1) throw new IOException(message);
        }
    }

    private static void reply(OutputStream out) throws IOException {
        out.write(OK);
        out.flush();
    }

    private static void fail(OutputStream out, String message) throws IOException {
        out.write(ERROR);
        out.write((message + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The next {@code size} bytes of the session, and no more (the protocol's OK byte follows them). */
    private static final class Bounded extends FilterInputStream {
        private long left;

        Bounded(InputStream in, long size) {
            super(in);
            this.left = size;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) return -1;
            int b = super.read();
            if (b >= 0) left--;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) return -1;
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) left -= n;
            return n;
        }

        @Override
        public void close() {
            // The session stream stays open for the rest of the protocol.
        }
    }
}
