package dev.kiln.runtime.communicator.ssh;

import dev.kiln.runtime.spi.CommandOutput;
import dev.kiln.runtime.spi.Communicator;
import dev.kiln.runtime.spi.Progress;
import dev.kiln.runtime.spi.RemoteCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.common.DisconnectReason;
import net.schmizz.sshj.common.SSHException;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.connection.channel.direct.Signal;

/** A logged-in SSH connection (sshj) to the machine being built; open it with {@link SshConnector}. */
public final class SshCommunicator implements Communicator {

    private static final Map<Signal, Integer> SIGNAL_NUMBERS = Map.ofEntries(
            Map.entry(Signal.HUP, 1),
            Map.entry(Signal.INT, 2),
            Map.entry(Signal.QUIT, 3),
            Map.entry(Signal.ILL, 4),
            Map.entry(Signal.ABRT, 6),
            Map.entry(Signal.FPE, 8),
            Map.entry(Signal.KILL, 9),
            Map.entry(Signal.USR1, 10),
            Map.entry(Signal.SEGV, 11),
            Map.entry(Signal.USR2, 12),
            Map.entry(Signal.PIPE, 13),
            Map.entry(Signal.ALRM, 14),
            Map.entry(Signal.TERM, 15));

    /** The clients to close, the target last: [bastion,] target. */
    private final List<SSHClient> clients;

    private final SSHClient target;
    private final SshSettings settings;
    private final RemoteFiles files;
    /** Set once an operation failed because the connection is gone, which the transport may not show yet. */
    private volatile boolean lost;

    private final ExecutorService readers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "kiln-ssh-output");
        thread.setDaemon(true);
        return thread;
    });

    SshCommunicator(List<SSHClient> clients, SshSettings settings) {
        this.clients = List.copyOf(clients);
        this.target = clients.get(clients.size() - 1);
        this.settings = settings;
        this.files = settings.transferMethod() == TransferMethod.SCP
                ? new ScpFiles(target)
                : new SftpFiles(target, settings.operationTimeout());
    }

    /** Whether the connection is still up (a reboot or a killed sshd drops it). */
    public boolean isOpen() {
        return !lost && target.isConnected() && target.getTransport().isRunning();
    }

    /** The settings this connection was opened with. */
    public SshSettings settings() {
        return settings;
    }

    @Override
    public int execute(RemoteCommand command, CommandOutput output) throws IOException, InterruptedException {
        Session session;
        Session.Command cmd;
        try {
            session = target.startSession();
        } catch (IOException | IllegalStateException e) { // sshj signals "Not connected" with IllegalStateException
            throw failure("start a session", e);
        }
        try {
            if (command.pty() || settings.pty()) session.allocateDefaultPTY();
            cmd = session.exec(command.command());
            // Both streams are read at once so neither fills the window and stalls the other; the
            // lock keeps callbacks one at a time for the caller.
            Object lock = new Object();
            Future<?> out = readers.submit(() -> pump(cmd.getInputStream(), line -> {
                synchronized (lock) {
                    output.stdout(line);
                }
            }));
            Future<?> err = readers.submit(() -> pump(cmd.getErrorStream(), line -> {
                synchronized (lock) {
                    output.stderr(line);
                }
            }));
            try {
                out.get();
                err.get();
            } catch (InterruptedException e) {
                stop(cmd, session);
                session = null;
                throw e;
            } catch (ExecutionException e) {
                throw failure("run command", e.getCause());
            }
            cmd.join();
            return exitStatus(cmd);
        } catch (IOException e) {
            throw e instanceof SshDisconnectException ? e : failure("run command", e);
        } finally {
            if (session != null) closeQuietly(session);
        }
    }

    @Override
    public int execute(RemoteCommand command, InputStream stdin, OutputStream stdout, OutputStream stderr)
            throws IOException, InterruptedException {
        Session session;
        try {
            session = target.startSession();
        } catch (IOException | IllegalStateException e) {
            throw failure("start a session", e);
        }
        try {
            if (command.pty() || settings.pty()) session.allocateDefaultPTY();
            Session.Command cmd = session.exec(command.command());
            Future<?> in = readers.submit(() -> send(stdin, cmd.getOutputStream()));
            Future<?> out = readers.submit(() -> copy(cmd.getInputStream(), stdout));
            Future<?> err = readers.submit(() -> copy(cmd.getErrorStream(), stderr));
            try {
                out.get();
                err.get();
            } catch (InterruptedException e) {
                stop(cmd, session);
                session = null;
                throw e;
            } catch (ExecutionException e) {
                throw failure("run command", e.getCause());
            } finally {
                // The command may end before its input does (a relay's client keeps the channel open).
                in.cancel(true);
            }
            cmd.join();
            return exitStatus(cmd);
        } catch (IOException e) {
            throw e instanceof SshDisconnectException ? e : failure("run command", e);
        } finally {
            if (session != null) closeQuietly(session);
        }
    }

    private int exitStatus(Session.Command cmd) throws SshDisconnectException {
        Integer status = cmd.getExitStatus();
        if (status != null) return status;
        Signal signal = cmd.getExitSignal();
        if (signal != null) return 128 + SIGNAL_NUMBERS.getOrDefault(signal, 0);
        throw new SshDisconnectException(
                "ssh: " + settings.target().address()
                        + ": remote command exited without exit status or exit signal (connection lost)",
                null);
    }

    /** Sends {@code from} to the command's input, then closes it (EOF); a command that already ended stops it. */
    private static Void send(InputStream from, OutputStream to) {
        try (to) {
            byte[] buffer = new byte[32 * 1024];
            int n;
            while ((n = from.read(buffer)) >= 0) {
                to.write(buffer, 0, n);
                to.flush();
            }
        } catch (IOException e) {
            // The command ended or the channel closed: nothing more to send.
        }
        return null;
    }

    /** Copies the command's output as it arrives, flushing each chunk so a relay passes it on at once. */
    private static Void copy(InputStream from, OutputStream to) throws IOException {
        byte[] buffer = new byte[32 * 1024];
        int n;
        while ((n = from.read(buffer)) >= 0) {
            to.write(buffer, 0, n);
            to.flush();
        }
        return null;
    }

    private static Void pump(InputStream in, Consumer<String> lines) throws IOException {
        LinePump.pump(in, lines);
        return null;
    }

    /**
     * Cancellation: ask the remote process group to die, then close the channel. The close runs in
     * the background because sshd only confirms it once the process has exited, and a cancelled
     * build must not wait for that.
     */
    private void stop(Session.Command cmd, Session session) {
        try {
            cmd.signal(Signal.KILL);
        } catch (IOException | RuntimeException e) {
            // Servers without signal support still hang up on the command when the channel closes.
        }
        readers.submit(() -> closeQuietly(session));
    }

    private static void closeQuietly(Session session) {
        try {
            session.close();
        } catch (IOException | RuntimeException e) {
            // The channel or connection is already gone.
        }
    }

    /** A failure of the connection while {@code what}: a disconnect when the transport is gone. */
    private IOException failure(String what, Throwable cause) {
        String message = "ssh: " + settings.target().address() + ": " + what + ": " + SshErrorText.reason(cause);
        if (cause instanceof IllegalStateException)
            return new IOException(
                    "ssh: " + settings.target().address() + ": " + what + ": the connection is closed", cause);
        if (lost(cause)) {
            return new SshDisconnectException(message + " (connection lost)", cause);
        }
        return cause instanceof IOException && message.equals(cause.getMessage())
                ? (IOException) cause
                : new IOException(message, cause);
    }

    /**
     * Whether {@code cause} means the connection is gone. The transport's state alone is not
     * enough: a failed keep-alive or read timeout reaches the waiting operation before the reader
     * thread, still blocked on the silent socket, lets the transport count as stopped.
     */
    private boolean lost(Throwable cause) {
        if (!target.isConnected() || !target.getTransport().isRunning()) return true;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof WatchedSocket.ReadTimeoutException
                    || t instanceof SSHException ssh && ssh.getDisconnectReason() == DisconnectReason.CONNECTION_LOST) {
                lost = true;
                return true;
            }
        }
        return false;
    }

    @Override
    public void upload(String destination, InputStream content, long length, int mode)
            throws IOException, InterruptedException {
        transfer(() -> files.upload(destination, content, length, mode));
    }

    @Override
    public void uploadDirectory(Path source, String destination, boolean contentsOnly)
            throws IOException, InterruptedException {
        transfer(() -> files.uploadDirectory(source, destination, contentsOnly, Progress.NONE));
    }

    @Override
    public void uploadDirectory(Path source, String destination, boolean contentsOnly, Progress progress)
            throws IOException, InterruptedException {
        transfer(() -> files.uploadDirectory(source, destination, contentsOnly, progress));
    }

    @Override
    public void download(String source, OutputStream destination) throws IOException, InterruptedException {
        transfer(() -> files.download(source, destination));
    }

    @Override
    public void downloadDirectory(String source, Path destination, boolean contentsOnly)
            throws IOException, InterruptedException {
        transfer(() -> files.downloadDirectory(source, destination, contentsOnly, Progress.NONE));
    }

    @Override
    public void downloadDirectory(String source, Path destination, boolean contentsOnly, Progress progress)
            throws IOException, InterruptedException {
        transfer(() -> files.downloadDirectory(source, destination, contentsOnly, progress));
    }

    private void transfer(Transfer action) throws IOException, InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException("cancelled before the transfer");
        try {
            action.run();
        } catch (IOException e) {
            if (lost(e)) {
                throw new SshDisconnectException(e.getMessage() + " (connection lost)", e);
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        readers.shutdownNow();
        // No polite SFTP close first: it waits for the host's reply (up to the operation timeout,
        // on a frozen host after a cancel); disconnecting releases the subsystem as well.
        List<SSHClient> reversed = new ArrayList<>(clients);
        Collections.reverse(reversed);
        for (SSHClient client : reversed) SshConnector.closeQuietly(client);
    }

    @FunctionalInterface
    private interface Transfer {
        void run() throws IOException;
    }
}
