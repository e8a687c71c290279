package dev.kiln.runtime.communicator.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** Reads and writes the permission bits (e.g. 0755) of local files, which transfers keep. */
final class PosixModes {

    private PosixModes() {}

    /** The file's permission bits; 0755/0644 on file systems without POSIX permissions. */
    static int of(Path local) throws IOException {
        if (!Files.getFileStore(local).supportsFileAttributeView("posix"))
            return Files.isDirectory(local) ? 0755 : 0644;
        int mode = 0;
        // PosixFilePermission is declared in bit order: OWNER_READ (0400) ... OTHERS_EXECUTE (0001).
        for (PosixFilePermission p : Files.getPosixFilePermissions(local, LinkOption.NOFOLLOW_LINKS))
            mode |= 0400 >> p.ordinal();
        return mode;
    }

    /** Sets the permission bits of {@code local}; a no-op on file systems without POSIX permissions. */
    static void set(Path local, int mode) throws IOException {
        if (!Files.getFileStore(local).supportsFileAttributeView("posix")) return;
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission p : PosixFilePermission.values()) {
            if ((mode & (0400 >> p.ordinal())) != 0) perms.add(p);
        }
        Files.setPosixFilePermissions(local, perms);
    }
}
