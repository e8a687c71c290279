package dev.kiln.stdlib.go;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Go (RE2) regular expression compiled to {@link java.util.regex.Pattern}.
 *
 * <p>The syntaxes mostly coincide; this class rewrites the differences that change meaning
 * ({@code (?P<name>)} groups, POSIX classes, {@code $} and {@code \s}, literal {@code [} and
 * {@code &&} inside classes) and rejects what RE2 rejects (backreferences, lookaround, atomic
 * groups, possessive quantifiers) with RE2's wording. Group names are replaced by generated
 * ones because RE2 allows underscores in names and Java does not.
 */
public final class Re2Pattern {

    private static final Map<String, String> POSIX_CLASSES = Map.ofEntries(
            Map.entry("alnum", "\\p{Alnum}"), Map.entry("alpha", "\\p{Alpha}"),
            Map.entry("ascii", "\\p{ASCII}"), Map.entry("blank", "\\p{Blank}"),
            Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("digit", "\\p{Digit}"),
            Map.entry("graph", "\\p{Graph}"), Map.entry("lower", "\\p{Lower}"),
            Map.entry("print", "\\p{Print}"), Map.entry("punct", "\\p{Punct}"),
            Map.entry("space", "\\s\\x0B"), Map.entry("upper", "\\p{Upper}"),
            Map.entry("word", "\\w"), Map.entry("xdigit", "\\p{XDigit}"));

    /** The compiled pattern. */
    public final Pattern pattern;
    /** The RE2 name of each capture group, in order; "" for unnamed groups. */
    public final List<String> groupNames;

    private Re2Pattern(Pattern pattern, List<String> groupNames) {
        this.pattern = pattern;
        this.groupNames = List.copyOf(groupNames);
    }

    /** Thrown for a pattern RE2 would not accept; the message is worded as Go's. */
    public static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxError(String code, String expr) {
            super(code + ": `" + expr + "`");
            this.code = code;
            this.expr = expr;
        }

        public final String code;
        public final String expr;
    }

    /** Compiles an RE2 pattern. */
    public static Re2Pattern compile(String re2) throws SyntaxError {
        List<String> names = new ArrayList<>();
        String java = translate(re2, names);
        try {
            return new Re2Pattern(Pattern.compile(java, Pattern.UNIX_LINES), names);
        } catch (PatternSyntaxException | StackOverflowError e) {
            throw new SyntaxError(javaErrorCode(e), re2);
        }
    }

    /** The text of group {@code name} in a match: a number or an RE2 group name; null if none. */
    public String group(Matcher matcher, String name) {
        if (!name.isEmpty() && name.chars().allMatch(c -> c >= '0' && c <= '9')) {
            if (name.length() > 9) {
                return null;
            }
            int index = Integer.parseInt(name);
            return index <= matcher.groupCount() ? matcher.group(index) : null;
        }
        int index = groupNames.indexOf(name);
        return index < 0 ? null : matcher.group(index + 1);
    }

    private static String javaErrorCode(Throwable e) {
        String description = e instanceof PatternSyntaxException
                ? ((PatternSyntaxException) e).getDescription()
                : "";
        if (description.startsWith("Unclosed character class")) {
            return "missing closing ]";
        }
        if (description.startsWith("Unclosed group")) {
            return "missing closing )";
        }
        if (description.startsWith("Unmatched closing ')'")) {
            return "unexpected )";
        }
        if (description.startsWith("Dangling meta character")) {
            return "missing argument to repetition operator";
        }
        if (description.startsWith("Illegal character range")) {
            return "invalid character class range";
        }
        if (description.contains("repetition") || description.startsWith("Unclosed counted closure")) {
            return "invalid repeat count";
        }
        if (description.contains("escape")) {
            return "invalid escape sequence";
        }
        return "invalid or unsupported Perl syntax";
    }

    private static String translate(String re, List<String> names) throws SyntaxError {
        boolean multiline = re.contains("(?") && hasMultilineFlag(re);
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = re.length();
        // 0: no quantifier just before; 1: after a quantifier; 2: after a lazy quantifier.
        int quantifier = 0;
        while (i < n) {
            char c = re.charAt(i);
            boolean repeat = c == '*' || c == '+' || c == '?' || c == '{' && isRepeat(re, i);
            if (repeat) {
                int end = c == '{' ? re.indexOf('}', i) + 1 : i + 1;
                if (quantifier == 2 || quantifier == 1 && c != '?') {
                    // RE2 has no possessive quantifiers and rejects stacked ones.
                    throw new SyntaxError("invalid nested repetition operator", re.substring(i - 1, end));
                }
                out.append(re, i, end);
                quantifier = quantifier == 1 ? 2 : 1;
                i = end;
                continue;
            }
            quantifier = 0;
            if (c == '\\') {
                i = escape(re, i, out, false);
            } else if (c == '[') {
                i = charClass(re, i, out);
            } else if (c == '(') {
                i = group(re, i, out, names);
            } else if (c == '$' && !multiline) {
                // Without (?m), RE2's $ matches only at the very end, like \z.
                out.append("\\z");
                i++;
            } else if (c == '{') {
                // Not a repeat, so a literal in RE2; Java would reject it.
                out.append("\\{");
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isRepeat(String re, int i) {
        Matcher m = Pattern.compile("\\{\\d+(,\\d*)?\\}").matcher(re);
        return m.find(i) && m.start() == i;
    }

    private static boolean hasMultilineFlag(String re) {
        Matcher m = Pattern.compile("\\(\\?[a-zA-Z]*m").matcher(re);
        return m.find();
    }

    private static int group(String re, int i, StringBuilder out, List<String> names) throws SyntaxError {
        if (re.startsWith("(?P<", i)) {
            int close = re.indexOf('>', i);
            if (close < 0) {
                throw new SyntaxError("invalid named capture", re.substring(i));
            }
            String name = re.substring(i + 4, close);
            if (name.isEmpty() || !name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
                throw new SyntaxError("invalid named capture", re.substring(i, close + 1));
            }
            if (names.contains(name)) {
                throw new SyntaxError("duplicate capture group name", name);
            }
            names.add(name);
            out.append("(?<kiln").append(names.size()).append('>');
            return close + 1;
        }
        if (re.startsWith("(?", i)) {
            // Only flag groups (?flags) and (?flags:...) exist in RE2.
            int j = i + 2;
            while (j < re.length() && "imsU-".indexOf(re.charAt(j)) >= 0) {
                j++;
            }
            if (j >= re.length() || j == i + 2 && re.charAt(j) != ':' || re.charAt(j) != ')' && re.charAt(j) != ':') {
                throw new SyntaxError("invalid or unsupported Perl syntax", re.substring(i, Math.min(re.length(), j + 1)));
            }
            if (re.substring(i + 2, j).contains("U")) {
                // Java's (?U) means something else entirely; RE2's ungreedy mode is not supported.
                throw new SyntaxError("invalid or unsupported Perl syntax", re.substring(i, j + 1));
            }
            out.append(re, i, j + 1);
            return j + 1;
        }
        names.add("");
        out.append('(');
        return i + 1;
    }

    private static int escape(String re, int i, StringBuilder out, boolean inClass) throws SyntaxError {
        if (i + 1 >= re.length()) {
            throw new SyntaxError("trailing backslash at end of expression", "");
        }
        char e = re.charAt(i + 1);
        if (e >= '1' && e <= '9') {
            throw new SyntaxError("invalid escape sequence", re.substring(i, i + 2));
        }
        if (e == 's') {
            out.append(inClass ? "\\t\\n\\f\\r " : "[\\t\\n\\f\\r ]");
            return i + 2;
        }
        if (e == 'S') {
            if (inClass) {
                throw new SyntaxError("invalid escape sequence", "\\S");
            }
            out.append("[^\\t\\n\\f\\r ]");
            return i + 2;
        }
        if (e == 'Q') {
            int end = re.indexOf("\\E", i + 2);
            String literal = end < 0 ? re.substring(i + 2) : re.substring(i + 2, end);
            out.append(Pattern.quote(literal));
            return end < 0 ? re.length() : end + 2;
        }
        if ("dDwWbBAzpPx.+*?()|[]{}^$\\-ftnrva0".indexOf(e) >= 0 || !Character.isLetterOrDigit(e)) {
            if (e == 'a') {
                out.append("\\x07");
            } else if (e == 'v') {
                out.append("\\x0B");
            } else {
                out.append('\\').append(e);
            }
            return i + 2;
        }
        throw new SyntaxError("invalid escape sequence", re.substring(i, i + 2));
    }

    private static int charClass(String re, int i, StringBuilder out) throws SyntaxError {
        int start = i;
        out.append('[');
        i++;
        if (i < re.length() && re.charAt(i) == '^') {
            out.append('^');
            i++;
        }
        boolean first = true;
        while (i < re.length()) {
            char c = re.charAt(i);
            if (c == ']' && !first) {
                out.append(']');
                return i + 1;
            }
            first = false;
            if (c == '[' && re.startsWith("[:", i)) {
                int close = re.indexOf(":]", i + 2);
                if (close > 0) {
                    String name = re.substring(i + 2, close);
                    boolean negated = name.startsWith("^");
                    String java = POSIX_CLASSES.get(negated ? name.substring(1) : name);
                    if (java == null) {
                        throw new SyntaxError("invalid character class range", re.substring(i, close + 2));
                    }
                    if (negated) {
                        // A nested class is a union in Java, so this adds the complement.
                        out.append("[^").append(java).append(']');
                    } else {
                        out.append(java);
                    }
                    i = close + 2;
                    continue;
                }
            }
            if (c == '\\') {
                i = escape(re, i, out, true);
                continue;
            }
            if (c == '[' || c == '&' || c == ']') {
                // Literal in RE2 classes, special in Java's (nested classes, intersections).
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
            i++;
        }
        throw new SyntaxError("missing closing ]", re.substring(start));
    }
}
