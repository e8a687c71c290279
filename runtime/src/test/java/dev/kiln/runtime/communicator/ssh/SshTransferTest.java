package dev.kiln.runtime.communicator.ssh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Upload and download of files and directories, over SFTP and SCP, into real directories (sshd runs locally). */
class SshTransferTest {

    @RegisterExtension
    static final SshServerExtension SSHD = new SshServerExtension();

    static SshCommunicator sftp;
    static SshCommunicator scp;

    @TempDir
    Path local;

    @BeforeAll
    static void connect() throws Exception {
        SshConnector connector = new SshConnector(SshProgress.silent());
        sftp = connector.connect(SshSettings.defaults(SSHD.endpoint()).withTransferMethod(TransferMethod.SFTP));
        scp = connector.connect(SshSettings.defaults(SSHD.endpoint()).withTransferMethod(TransferMethod.SCP));
    }

    @AfterAll
    static void close() throws IOException {
        if (sftp != null) sftp.close();
        if (scp != null) scp.close();
    }

    private static SshCommunicator ssh(TransferMethod method) {
        return method == TransferMethod.SFTP ? sftp : scp;
    }

    /** The "remote" side: a fresh directory that sshd (same machine) writes to. */
    private Path remote() throws IOException {
        return Files.createDirectories(local.resolve("remote"));
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @ParameterizedTest
    @EnumSource(TransferMethod.class)
    void uploadsAFileWithItsMode(TransferMethod method) throws Exception {
        Path target = remote().resolve("script.sh");
        byte[] content = "#!/bin/sh\necho hi\n".getBytes(StandardCharsets.UTF_8);
        ssh(method).upload(target.toString(), new ByteArrayInputStream(content), content.length, 0750);
        assertArrayEquals(content, Files.readAllBytes(target));
        assertEquals("rwxr-x---", mode(target));
        // Overwrites, and applies a new mode to an existing file.
        byte[] shorter = "x".getBytes(StandardCharsets.UTF_8);
        ssh(method).upload(target.toString(), new ByteArrayInputStream(shorter), shorter.length, 0604);
        assertArrayEquals(shorter, Files.readAllBytes(target));
        assertEquals("rw----r--", mode(target));
    }

    @ParameterizedTest
    @EnumSource(TransferMethod.class)
    void roundTripsATenMegabyteFile(TransferMethod method) throws Exception {
        byte[] content = new byte[10 * 1024 * 1024 + 17];
        new Random(42).nextBytes(content);
        Path target = remote().resolve("big.bin");
        ssh(method).upload(target.toString(), new ByteArrayInputStream(content), content.length, 0644);
        assertArrayEquals(sha256(content), sha256(Files.readAllBytes(target)));
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        ssh(method).download(target.toString(), back);
        assertArrayEquals(sha256(content), sha256(back.toByteArray()));
    }

    @ParameterizedTest
    @EnumSource(TransferMethod.class)
    void uploadsADirectoryItselfOrItsContents(TransferMethod method) throws Exception {
        Path source = tree(local.resolve("src"));
        Path itself = remote().resolve("itself");
        Files.createDirectories(itself);
        ssh(method).uploadDirectory(source, itself.toString(), false);
        assertTree(itself.resolve("src"));

        Path contents = remote().resolve("contents");
        ssh(method).uploadDirectory(source, contents.toString(), true); // created when missing
        assertTree(contents);
        assertFalse(Files.exists(contents.resolve("src")));
    }

    @ParameterizedTest
    @EnumSource(TransferMethod.class)
    void downloadsADirectoryItselfOrItsContents(TransferMethod method) throws Exception {
        Path source = tree(remote().resolve("src"));
        Path itself = local.resolve("itself");
        ssh(method).downloadDirectory(source.toString(), itself, false);
        assertTree(itself.resolve("src"));

        Path contents = local.resolve("contents");
        ssh(method).downloadDirectory(source.toString() + "/", contents, true);
        assertTree(contents);
        assertFalse(Files.exists(contents.resolve("src")));
    }

    @ParameterizedTest
    @EnumSource(TransferMethod.class)
    void missingRemoteFileIsAOneLineError(TransferMethod method) {
        IOException e = assertThrows(
                IOException.class,
                () -> ssh(method).download("/nonexistent/kiln/file", OutputStream.nullOutputStream()));
        String prefix = method == TransferMethod.SFTP
                ? "sftp: download /nonexistent/kiln/file: "
                : "scp: download /nonexistent/kiln/file: ";
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    /** src/{run.sh 0755, data.txt 0600, sub/nested.txt 0644, sub 0700, empty/}. */
    private static Path tree(Path root) throws IOException {
        Files.createDirectories(root.resolve("sub"));
        Files.createDirectories(root.resolve("empty"));
        write(root.resolve("run.sh"), "#!/bin/sh\n", "rwxr-xr-x");
        write(root.resolve("data.txt"), "secret", "rw-------");
        write(root.resolve("sub/nested.txt"), "nested", "rw-r--r--");
        Files.setPosixFilePermissions(root.resolve("sub"), PosixFilePermissions.fromString("rwx------"));
        return root;
    }

    private static void assertTree(Path root) throws IOException {
        assertEquals("#!/bin/sh\n", Files.readString(root.resolve("run.sh")));
        assertEquals("rwxr-xr-x", mode(root.resolve("run.sh")));
        assertEquals("secret", Files.readString(root.resolve("data.txt")));
        assertEquals("rw-------", mode(root.resolve("data.txt")));
        assertEquals("nested", Files.readString(root.resolve("sub/nested.txt")));
        assertEquals("rwx------", mode(root.resolve("sub")));
        assertTrue(Files.isDirectory(root.resolve("empty")));
    }

    private static void write(Path file, String content, String mode) throws IOException {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
    }

    private static byte[] sha256(byte[] data) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }
}
