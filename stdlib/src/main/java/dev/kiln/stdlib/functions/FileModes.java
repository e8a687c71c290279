package dev.kiln.stdlib.functions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Go's {@code os.FileMode.String()} for a file, as {@code fileexists} quotes it in errors. */
final class FileModes {

    private FileModes() {}

    private static final int S_IFMT = 0170000;
    private static final int S_IFSOCK = 0140000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFDIR = 0040000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFIFO = 0010000;

    /** {@code drwxr-xr-x}, {@code Dcrw-rw-rw-}, {@code prw-r--r--} ...; {@code ?---------} if unknown. */
    static String describe(Path path) {
        int mode;
        try {
            mode = (Integer) Files.getAttribute(path, "unix:mode");
        } catch (Exception e) {
            // No unix attribute view (or the file vanished): say what little is known.
            return (Files.isDirectory(path) ? "d" : "?") + "---------";
        }
        int type = mode & S_IFMT;
        StringBuilder out = new StringBuilder();
        // Go's letter order is "dalTLDpSugct?"; only these can come from stat on Unix.
        if (type == S_IFDIR) {
            out.append('d');
        }
        if (type == S_IFBLK || type == S_IFCHR) {
            out.append('D');
        }
        if (type == S_IFIFO) {
            out.append('p');
        }
        if (type == S_IFSOCK) {
            out.append('S');
        }
        if ((mode & 04000) != 0) {
            out.append('u');
        }
        if ((mode & 02000) != 0) {
            out.append('g');
        }
        if (type == S_IFCHR) {
            out.append('c');
        }
        if ((mode & 01000) != 0) {
            out.append('t');
        }
        if (out.length() == 0) {
            out.append('-');
        }
        String rwx = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            out.append((mode & (1 << (8 - i))) != 0 ? rwx.charAt(i) : '-');
        }
        return out.toString();
    }
}
