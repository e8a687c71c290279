package dev.kiln.stdlib.go;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A Go (RE2) regular expression, compiled by RE2J, the port of Go's {@code regexp} to Java: the
 * same syntax, semantics and error wording, and matching in time linear in the input whatever
 * the pattern (a backtracking engine takes exponential time and stack on {@code (a|a)*b}).
 */
public final class Re2Pattern {

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
        Pattern pattern;
        try {
            pattern = Pattern.compile(re2);
        } catch (PatternSyntaxException e) {
            // RE2J 1.8 reports an unmatched ")" as an internal error where Go says "unexpected )".
            if (String.valueOf(e.getMessage()).contains("stack underflow")) throw new SyntaxError("unexpected )", re2);
            throw new SyntaxError(e.getDescription(), e.getPattern());
        }
        List<String> names = new ArrayList<>(Collections.nCopies(pattern.groupCount(), ""));
        for (Map.Entry<String, Integer> group : pattern.namedGroups().entrySet()) {
            names.set(group.getValue() - 1, group.getKey());
        }
        return new Re2Pattern(pattern, names);
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
}
