package dev.kiln.stdlib.go;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code path/filepath} string functions for slash-separated paths ({@code Clean}, {@code
 * Base}, {@code Dir}, {@code Join}, {@code Rel}) and {@code go-homedir}'s {@code Expand}.
 * {@link java.nio.file.Path#normalize()} differs in edge cases ({@code ""} stays {@code ""},
 * {@code "a/"} loses its meaning), and templates see these strings, so they are ported as is.
 */
public final class GoPaths {

    private GoPaths() {}

    /** Go's {@code filepath.IsAbs}. */
    public static boolean isAbs(String path) {
        return path.startsWith("/");
    }

    /** Go's {@code filepath.Clean}: the shortest equivalent path, lexically. */
    public static String clean(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.charAt(0) == '/';
        int n = path.length();
        StringBuilder out = new StringBuilder(n);
        int r = 0;
        int dotdot = 0;
        if (rooted) {
            out.append('/');
            r = 1;
            dotdot = 1;
        }
        while (r < n) {
            char c = path.charAt(r);
            if (c == '/') {
                r++;
            } else if (c == '.' && (r + 1 == n || path.charAt(r + 1) == '/')) {
                r++;
            } else if (c == '.' && path.charAt(r + 1) == '.' && (r + 2 == n || path.charAt(r + 2) == '/')) {
                r += 2;
                if (out.length() > dotdot) {
                    int w = out.length() - 1;
                    while (w > dotdot && out.charAt(w) != '/') {
                        w--;
                    }
                    out.setLength(w);
                } else if (!rooted) {
                    if (out.length() > 0) {
                        out.append('/');
                    }
                    out.append("..");
                    dotdot = out.length();
                }
            } else {
                if ((rooted && out.length() != 1) || (!rooted && out.length() != 0)) {
                    out.append('/');
                }
                while (r < n && path.charAt(r) != '/') {
                    out.append(path.charAt(r));
                    r++;
                }
            }
        }
        return out.length() == 0 ? "." : out.toString();
    }

    /** Go's {@code filepath.Base}: the last element, {@code "."} for empty, {@code "/"} for all slashes. */
    public static String base(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        String trimmed = path.substring(0, end);
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return last.isEmpty() ? "/" : last;
    }

    /** Go's {@code filepath.Dir}: everything but the last element, cleaned. */
    public static String dir(String path) {
        return clean(path.substring(0, path.lastIndexOf('/') + 1));
    }

    /** Go's {@code filepath.Join}: non-empty elements joined with slashes, cleaned; {@code ""} if none. */
    public static String join(String... elements) {
        List<String> parts = new ArrayList<>();
        for (String element : elements) {
            if (!element.isEmpty()) {
                parts.add(element);
            }
        }
        return parts.isEmpty() ? "" : clean(String.join("/", parts));
    }

    /** Go's {@code filepath.Rel} for two absolute paths: {@code target} as seen from {@code base}. */
    public static String rel(String base, String target) {
        List<String> from = elements(clean(base));
        List<String> to = elements(clean(target));
        int common = 0;
        while (common < from.size() && common < to.size() && from.get(common).equals(to.get(common))) {
            common++;
        }
        List<String> out = new ArrayList<>();
        for (int i = common; i < from.size(); i++) {
            out.add("..");
        }
        out.addAll(to.subList(common, to.size()));
        return out.isEmpty() ? "." : String.join("/", out);
    }

    private static List<String> elements(String cleanPath) {
        List<String> out = new ArrayList<>();
        for (String part : cleanPath.split("/")) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }

    /** Thrown by {@link #expandHome} for {@code ~user}, which go-homedir does not support. */
    public static final class HomeExpansionException extends Exception {
        private static final long serialVersionUID = 1L;

        HomeExpansionException() {
            super("cannot expand user-specific home dir", null, false, false);
        }
    }

    /** go-homedir's {@code Expand}: a leading {@code ~} or {@code ~/} becomes {@code home}. */
    public static String expandHome(String path, String home) throws HomeExpansionException {
        if (path.isEmpty() || path.charAt(0) != '~') {
            return path;
        }
        if (path.length() > 1 && path.charAt(1) != '/' && path.charAt(1) != '\\') {
            throw new HomeExpansionException();
        }
        return join(home, path.substring(1));
    }
}
