package dev.kiln.runtime.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * A connection to the machine being built, over which provisioners run commands and move files.
 * The SSH communicator is the main one; {@code communicator = "none"} has none at all.
 */
public interface Communicator extends AutoCloseable {

    /**
     * Runs {@code command} remotely, streaming its output line by line to {@code output}, and
     * returns its exit status. Throws {@link InterruptedException} when cancelled (the remote
     * command is then stopped as far as the protocol allows) and {@link IOException} when the
     * connection fails (provisioners retry with {@code max_retries} or, with
     * {@code expect_disconnect}, accept it).
     */
    int execute(RemoteCommand command, CommandOutput output) throws IOException, InterruptedException;

    /**
     * Runs {@code command} remotely with raw byte streams, as a relay needs them (the ansible
     * provisioner's SSH proxy carries ansible's exec and sftp sessions through this): {@code stdin} is
     * sent to the command until its end (then the command's input is closed), the command's output
     * and error bytes are written to {@code stdout} and {@code stderr} as they arrive. Returns the exit
     * status once the command ended and its output was copied; cancellation and failures as
     * {@link #execute(RemoteCommand, CommandOutput)}.
     */
    int execute(RemoteCommand command, InputStream stdin, OutputStream stdout, OutputStream stderr)
            throws IOException, InterruptedException;

    /** Uploads {@code content} to the remote file {@code destination} with the given POSIX mode (e.g. 0644). */
    void upload(String destination, InputStream content, long length, int mode)
            throws IOException, InterruptedException;

    /**
     * Uploads a local directory with Packer's trailing-slash rule: {@code source/} copies the
     * directory's contents into {@code destination}, {@code source} copies the directory itself into it.
     */
    void uploadDirectory(Path source, String destination, boolean contentsOnly)
            throws IOException, InterruptedException;

    /** Downloads the remote file {@code source} into {@code destination}. */
    void download(String source, OutputStream destination) throws IOException, InterruptedException;

    /** Downloads a remote directory with the same trailing-slash rule as {@link #uploadDirectory}. */
    void downloadDirectory(String source, Path destination, boolean contentsOnly)
            throws IOException, InterruptedException;

    /** {@link #upload(String, InputStream, long, int)}, reporting the bytes sent to {@code progress}. */
    default void upload(String destination, InputStream content, long length, int mode, Progress progress)
            throws IOException, InterruptedException {
        // Counting what the protocol reads is exact for every communicator: no protocol hooks needed.
        upload(destination, new CountingInputStream(content, progress), length, mode);
    }

    /** {@link #download(String, OutputStream)}, reporting the bytes received to {@code progress}. */
    default void download(String source, OutputStream destination, Progress progress)
            throws IOException, InterruptedException {
        download(source, new CountingOutputStream(destination, progress));
    }

    /**
     * {@link #uploadDirectory(Path, String, boolean)}, reporting the bytes of every file to
     * {@code progress}; the default reports nothing (a communicator must walk the tree to count).
     */
    default void uploadDirectory(Path source, String destination, boolean contentsOnly, Progress progress)
            throws IOException, InterruptedException {
        uploadDirectory(source, destination, contentsOnly);
    }

    /** {@link #downloadDirectory(String, Path, boolean)}, reporting bytes as {@link #uploadDirectory(Path, String, boolean, Progress)}. */
    default void downloadDirectory(String source, Path destination, boolean contentsOnly, Progress progress)
            throws IOException, InterruptedException {
        downloadDirectory(source, destination, contentsOnly);
    }

    @Override
    void close() throws IOException;
}
