package dev.kiln.runtime.communicator.ssh;

import dev.kiln.runtime.spi.CommandOutput;
import dev.kiln.runtime.spi.Communicator;
import dev.kiln.runtime.spi.Progress;
import dev.kiln.runtime.spi.RemoteCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * An SSH connection that comes back: when the machine dropped it (a script that reboots, with
 * {@code expect_disconnect}), the next command or transfer connects again with the same settings
 * and host-key pins, as Packer's SSH communicator opens a new session on a new connection.
 */
final class ReconnectingCommunicator implements Communicator {

    private final SshConnector connector;
    private final SshSettings settings;
    private SshCommunicator current;

    ReconnectingCommunicator(SshConnector connector, SshSettings settings, SshCommunicator first) {
        this.connector = connector;
        this.settings = settings;
        this.current = first;
    }

    private synchronized SshCommunicator live() throws IOException, InterruptedException {
        if (!current.isOpen()) {
            current.close();
            current = connector.connect(settings);
        }
        return current;
    }

    @Override
    public int execute(RemoteCommand command, CommandOutput output) throws IOException, InterruptedException {
        return live().execute(command, output);
    }

    @Override
    public int execute(RemoteCommand command, InputStream stdin, OutputStream stdout, OutputStream stderr)
            throws IOException, InterruptedException {
        return live().execute(command, stdin, stdout, stderr);
    }

    @Override
    public void upload(String destination, InputStream content, long length, int mode)
            throws IOException, InterruptedException {
        live().upload(destination, content, length, mode);
    }

    @Override
    public void uploadDirectory(Path source, String destination, boolean contentsOnly)
            throws IOException, InterruptedException {
        live().uploadDirectory(source, destination, contentsOnly);
    }

    @Override
    public void download(String source, OutputStream destination) throws IOException, InterruptedException {
        live().download(source, destination);
    }

    @Override
    public void downloadDirectory(String source, Path destination, boolean contentsOnly)
            throws IOException, InterruptedException {
        live().downloadDirectory(source, destination, contentsOnly);
    }

    @Override
    public void uploadDirectory(Path source, String destination, boolean contentsOnly, Progress progress)
            throws IOException, InterruptedException {
        live().uploadDirectory(source, destination, contentsOnly, progress);
    }

    @Override
    public void downloadDirectory(String source, Path destination, boolean contentsOnly, Progress progress)
            throws IOException, InterruptedException {
        live().downloadDirectory(source, destination, contentsOnly, progress);
    }

    @Override
    public synchronized void close() throws IOException {
        current.close();
    }
}
