package dev.kiln.runtime.communicator.ssh;

import dev.kiln.runtime.spi.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/** Moves files over an SSH connection with one protocol; see {@link dev.kiln.runtime.spi.Communicator} for the rules. */
sealed interface RemoteFiles permits SftpFiles, ScpFiles {

    void upload(String destination, InputStream content, long length, int mode) throws IOException;

    /** Uploads a tree, reporting the bytes of every file to {@code progress}. */
    void uploadDirectory(Path source, String destination, boolean contentsOnly, Progress progress) throws IOException;

    void download(String source, OutputStream destination) throws IOException;

    /** Downloads a tree, reporting the bytes of every file to {@code progress}. */
    void downloadDirectory(String source, Path destination, boolean contentsOnly, Progress progress) throws IOException;

    /** The last path element of a local or remote path, ignoring trailing slashes. */
    static String baseName(String path) {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) p = p.substring(0, p.length() - 1);
        int slash = p.lastIndexOf('/');
        return slash < 0 ? p : p.substring(slash + 1);
    }

    /** {@code directory/name} without doubling the slash. */
    static String join(String directory, String name) {
        return directory.endsWith("/") ? directory + name : directory + "/" + name;
    }
}
