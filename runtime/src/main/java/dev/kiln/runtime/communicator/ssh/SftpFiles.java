package dev.kiln.runtime.communicator.ssh;

import dev.kiln.runtime.spi.CountingInputStream;
import dev.kiln.runtime.spi.CountingOutputStream;
import dev.kiln.runtime.spi.PermanentIOException;
import dev.kiln.runtime.spi.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.ConnectionException;
import net.schmizz.sshj.connection.channel.OpenFailException;
import net.schmizz.sshj.sftp.FileAttributes;
import net.schmizz.sshj.sftp.OpenMode;
import net.schmizz.sshj.sftp.RemoteFile;
import net.schmizz.sshj.sftp.RemoteResourceInfo;
import net.schmizz.sshj.sftp.SFTPClient;
import net.schmizz.sshj.sftp.SFTPEngine;

/** File transfer over the SFTP subsystem (one channel, opened on first use), with pipelined reads and writes. */
final class SftpFiles implements RemoteFiles {

    /** Requests in flight; enough to keep a loopback or LAN link busy while acknowledgements return. */
    private static final int IN_FLIGHT = 64;

    private final SSHClient client;
    private final Duration timeout;
    private SFTPClient sftp;

    /** SFTP over {@code client}, each request waiting at most {@code timeout} for its reply. */
    SftpFiles(SSHClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    private synchronized SFTPClient sftp() throws IOException {
        if (sftp == null) {
            SFTPEngine engine;
            try {
                engine = new SFTPEngine(client);
            } catch (OpenFailException e) {
                throw e; // no session at all: the connection's problem, not the subsystem's
            } catch (ConnectionException e) {
                // sshd refuses the subsystem request at once; without this the shell provisioner retried it for
                // minutes.
                throw new PermanentIOException(
                        "the host's SSH server has no sftp subsystem (\"Subsystem sftp\" in its"
                                + " sshd_config); use ssh_file_transfer_method = \"scp\"",
                        e);
            }
            engine.setTimeoutMs((int) timeout.toMillis());
            engine.init();
            sftp = new SFTPClient(engine);
        }
        return sftp;
    }

    @Override
    public void upload(String destination, InputStream content, long length, int mode) throws IOException {
        try (RemoteFile file = sftp().open(
                        destination,
                        EnumSet.of(OpenMode.WRITE, OpenMode.CREAT, OpenMode.TRUNC),
                        new FileAttributes.Builder().withPermissions(mode).build())) {
            int chunk =
                    sftp().getSFTPEngine().getSubsystem().getRemoteMaxPacketSize() - file.getOutgoingPacketOverhead();
            byte[] buffer = new byte[Math.max(4096, chunk)];
            try (OutputStream out = file.new RemoteFileOutputStream(0, IN_FLIGHT)) {
                int n;
                while ((n = content.readNBytes(buffer, 0, buffer.length)) > 0) out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new IOException("sftp: upload to " + destination + ": " + SshErrorText.reason(e), e);
        }
        // The server applies its umask when creating; set the exact mode as Packer does.
        chmod(destination, mode);
    }

    @Override
    public void uploadDirectory(Path source, String destination, boolean contentsOnly, Progress progress)
            throws IOException {
        String root = contentsOnly
                ? destination
                : RemoteFiles.join(destination, source.getFileName().toString());
        mkdirs(root);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path local : (Iterable<Path>) walk::iterator) {
                if (local.equals(source)) continue;
                String remote = RemoteFiles.join(
                        root, source.relativize(local).toString().replace('\\', '/'));
                if (Files.isDirectory(local)) {
                    mkdirs(remote);
                    chmod(remote, PosixModes.of(local));
                } else {
                    try (InputStream in = new CountingInputStream(Files.newInputStream(local), progress)) {
                        upload(remote, in, Files.size(local), PosixModes.of(local));
                    }
                }
            }
        }
        if (!contentsOnly) chmod(root, PosixModes.of(source));
    }

    @Override
    public void download(String source, OutputStream destination) throws IOException {
        try (RemoteFile file = sftp().open(source, EnumSet.of(OpenMode.READ));
                InputStream in = file.new ReadAheadRemoteFileInputStream(IN_FLIGHT)) {
            in.transferTo(destination);
        } catch (IOException e) {
            throw new IOException("sftp: download " + source + ": " + SshErrorText.reason(e), e);
        }
    }

    @Override
    public void downloadDirectory(String source, Path destination, boolean contentsOnly, Progress progress)
            throws IOException {
        Path root = contentsOnly ? destination : destination.resolve(RemoteFiles.baseName(source));
        Files.createDirectories(root);
        copyTree(source, root, progress);
        if (!contentsOnly) PosixModes.set(root, sftp().stat(source).getMode().getPermissionsMask());
    }

    private void copyTree(String remoteDir, Path localDir, Progress progress) throws IOException {
        List<RemoteResourceInfo> entries;
        try {
            entries = sftp().ls(remoteDir);
        } catch (IOException e) {
            throw new IOException("sftp: list " + remoteDir + ": " + SshErrorText.reason(e), e);
        }
        for (RemoteResourceInfo entry : entries) {
            Path local = localDir.resolve(entry.getName());
            if (entry.isDirectory()) {
                Files.createDirectories(local);
                copyTree(entry.getPath(), local, progress);
            } else {
                try (OutputStream out = new CountingOutputStream(Files.newOutputStream(local), progress)) {
                    download(entry.getPath(), out);
                }
            }
            PosixModes.set(local, entry.getAttributes().getMode().getPermissionsMask());
        }
    }

    private void mkdirs(String remote) throws IOException {
        try {
            sftp().mkdirs(remote);
        } catch (IOException e) {
            throw new IOException("sftp: create directory " + remote + ": " + SshErrorText.reason(e), e);
        }
    }

    private void chmod(String remote, int mode) throws IOException {
        try {
            sftp().chmod(remote, mode);
        } catch (IOException e) {
            throw new IOException(
                    "sftp: chmod " + Integer.toOctalString(mode) + " " + remote + ": " + SshErrorText.reason(e), e);
        }
    }
}
