package dev.kiln.stdlib.go;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The file matching of {@code github.com/bmatcuk/doublestar} (v1, which {@code fileset} uses): a
 * slash-separated pattern whose {@code **} component matches zero or more directories and whose
 * other components may use {@code *}, {@code ?}, {@code [class]}, {@code [!class]}, {@code
 * {a,b}} and {@code \} escapes. Wildcards match names starting with a dot too.
 *
 * <p>{@code **} does not descend into symbolic links to directories, so a link cycle cannot make
 * it loop; a link is still followed when the pattern names it or matches it with a wildcard.
 */
public final class DoublestarGlob {

    /** The pattern is malformed; the message is Go's {@code path.ErrBadPattern}. */
    public static final class BadPatternException extends Exception {
        private static final long serialVersionUID = 1L;

        BadPatternException() {
            super("syntax error in pattern", null, false, false);
        }
    }

    private static final String META = "*?[{\\";

    private final List<String> components;
    private final List<Pattern> matchers;

    private DoublestarGlob(List<String> components, List<Pattern> matchers) {
        this.components = components;
        this.matchers = matchers;
    }

    /** Compiles an absolute, cleaned pattern. */
    public static DoublestarGlob compile(String pattern) throws BadPatternException {
        List<String> components = new ArrayList<>();
        List<Pattern> matchers = new ArrayList<>();
        for (String component : pattern.split("/")) {
            if (component.isEmpty()) {
                continue;
            }
            components.add(component);
            matchers.add(hasMeta(component) && !component.equals("**") ? Pattern.compile(regex(component)) : null);
        }
        return new DoublestarGlob(components, matchers);
    }

    /** The absolute paths that match, sorted, without duplicates. */
    public Set<String> matches() {
        Set<String> out = new TreeSet<>();
        walk("/", 0, out);
        return out;
    }

    private void walk(String dir, int index, Set<String> out) {
        if (index == components.size()) {
            out.add(dir);
            return;
        }
        String component = components.get(index);
        if (component.equals("**")) {
            walk(dir, index + 1, out);
            for (String name : list(dir)) {
                String child = child(dir, name);
                if (isDirectoryNotLink(child)) {
                    walk(child, index, out);
                } else if (index + 1 == components.size()) {
                    out.add(child);
                }
            }
            return;
        }
        Pattern matcher = matchers.get(index);
        if (matcher == null) {
            String child = child(dir, unescape(component));
            if (exists(child)) {
                walk(child, index + 1, out);
            }
            return;
        }
        for (String name : list(dir)) {
            if (matcher.matcher(name).matches()) {
                walk(child(dir, name), index + 1, out);
            }
        }
    }

    private static String child(String dir, String name) {
        return dir.equals("/") ? "/" + name : dir + "/" + name;
    }

    private static List<String> list(String dir) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of(dir))) {
            for (Path entry : entries) {
                names.add(entry.getFileName().toString());
            }
        } catch (IOException | InvalidPathException | SecurityException e) {
            // Not a directory or unreadable: nothing below it can match, as in doublestar.
        }
        return names;
    }

    private static boolean exists(String path) {
        try {
            return Files.exists(Path.of(path), LinkOption.NOFOLLOW_LINKS);
        } catch (InvalidPathException | SecurityException e) {
            return false;
        }
    }

    private static boolean isDirectoryNotLink(String path) {
        try {
            return Files.isDirectory(Path.of(path), LinkOption.NOFOLLOW_LINKS);
        } catch (InvalidPathException | SecurityException e) {
            return false;
        }
    }

    private static boolean hasMeta(String component) {
        for (int i = 0; i < component.length(); i++) {
            if (META.indexOf(component.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String unescape(String component) {
        return component.replaceAll("\\\\(.)", "$1");
    }

    /** Translates one pattern component into a Java regular expression. */
    public static String regex(String component) throws BadPatternException {
        StringBuilder out = new StringBuilder();
        int end = translate(component, 0, false, out);
        if (end != component.length()) {
            throw new BadPatternException();
        }
        return out.toString();
    }

    /**
     * Translates from {@code start} until the end, or inside braces until the closing {@code }}
     * or a {@code ,} (returning its index). Braces nest, as doublestar allows.
     */
    private static int translate(String pattern, int start, boolean inBraces, StringBuilder out)
            throws BadPatternException {
        int i = start;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (inBraces && (c == ',' || c == '}')) {
                return i;
            }
            switch (c) {
                case '*':
                    out.append("[^/]*");
                    i++;
                    break;
                case '?':
                    out.append("[^/]");
                    i++;
                    break;
                case '\\':
                    if (i + 1 == pattern.length()) {
                        throw new BadPatternException();
                    }
                    literal(pattern.codePointAt(i + 1), out);
                    i += 1 + Character.charCount(pattern.codePointAt(i + 1));
                    break;
                case '[':
                    i = characterClass(pattern, i + 1, out);
                    break;
                case '{':
                    out.append("(?:");
                    i++;
                    while (true) {
                        i = translate(pattern, i, true, out);
                        if (i >= pattern.length()) {
                            throw new BadPatternException();
                        }
                        if (pattern.charAt(i) == '}') {
                            i++;
                            break;
                        }
                        out.append('|');
                        i++;
                    }
                    out.append(')');
                    break;
                default:
                    int cp = pattern.codePointAt(i);
                    literal(cp, out);
                    i += Character.charCount(cp);
            }
        }
        if (inBraces) {
            throw new BadPatternException();
        }
        return i;
    }

    /** Translates a class whose {@code [} is just before {@code start}; returns the index after {@code ]}. */
    private static int characterClass(String pattern, int start, StringBuilder out) throws BadPatternException {
        int i = start;
        out.append('[');
        if (i < pattern.length() && (pattern.charAt(i) == '!' || pattern.charAt(i) == '^')) {
            out.append('^');
            i++;
        }
        boolean empty = true;
        while (true) {
            if (i >= pattern.length()) {
                throw new BadPatternException();
            }
            if (pattern.charAt(i) == ']') {
                if (empty) {
                    throw new BadPatternException();
                }
                out.append(']');
                return i + 1;
            }
            int[] low = classChar(pattern, i);
            i = low[1];
            literal(low[0], out);
            if (i + 1 < pattern.length() && pattern.charAt(i) == '-' && pattern.charAt(i + 1) != ']') {
                int[] high = classChar(pattern, i + 1);
                if (high[0] < low[0]) {
                    throw new BadPatternException();
                }
                out.append('-');
                literal(high[0], out);
                i = high[1];
            }
            empty = false;
        }
    }

    /** One possibly escaped character of a class: {code point, index after it}. */
    private static int[] classChar(String pattern, int i) throws BadPatternException {
        if (pattern.charAt(i) == '\\') {
            i++;
            if (i >= pattern.length()) {
                throw new BadPatternException();
            }
        }
        int cp = pattern.codePointAt(i);
        return new int[] {cp, i + Character.charCount(cp)};
    }

    private static void literal(int codePoint, StringBuilder out) {
        out.append(String.format("\\x{%x}", codePoint));
    }
}
