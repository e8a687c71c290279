package dev.kiln.runtime.provisioner.ansible;

import dev.kiln.runtime.spi.Communicator;
import dev.kiln.runtime.spi.RemoteCommand;
import dev.kiln.runtime.spi.Ui;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * One exec or sftp session ansible opened on the proxy adapter, carried out on the machine being
 * built: an {@code scp -t}/{@code scp -f} command is served by {@link ScpRelay} over the
 * communicator's transfers, anything else (and the sftp subsystem, as {@code sftp_command}) runs
 * remotely with the session's input and output relayed byte for byte. The remote exit status
 * becomes the session's.
 */
final class RelayCommand implements Command {

    /** The status of a session whose command could not be run remotely (ssh's own failure status). */
    static final int CONNECTION_FAILED = 255;

    private final String command;
    private final boolean scpAllowed;
    private final Communicator comm;
    private final Ui ui;
    private InputStream in;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;
    private Thread thread;

    /** A session running {@code command}; {@code scpAllowed} is false for subsystems. */
    RelayCommand(String command, boolean scpAllowed, Communicator comm, Ui ui) {
        this.command = command;
        this.scpAllowed = scpAllowed;
        this.comm = comm;
        this.ui = ui;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback exit) {
        this.exit = exit;
    }

    @Override
    public synchronized void start(ChannelSession channel, Environment env) {
        thread = new Thread(
                () -> {
                    int status = run();
                    flush(out);
                    flush(err);
                    exit.onExit(status);
                },
                "kiln-ansible-proxy-session");
        thread.setDaemon(true);
        thread.start();
    }

    private int run() {
        try {
            if (scpAllowed && ScpRelay.serves(command)) {
                try {
                    new ScpRelay(comm).serve(command, in, out);
                    return 0;
                } catch (IOException e) {
                    return 1;
                }
            }
            return comm.execute(new RemoteCommand(command, false), in, out, err);
        } catch (IOException e) {
            ui.error(e.getMessage());
            return CONNECTION_FAILED;
        } catch (InterruptedException e) {
            // The adapter is shutting down (the build was cancelled or ansible ended).
            return CONNECTION_FAILED;
        }
    }

    private static void flush(OutputStream stream) {
        try {
            stream.flush();
        } catch (IOException e) {
            // The client is gone; the exit status cannot reach it either.
        }
    }

    @Override
    public synchronized void destroy(ChannelSession channel) {
        if (thread != null) thread.interrupt();
    }
}
