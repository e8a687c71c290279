package dev.kiln.compiler.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Version constraints in hashicorp/go-version syntax ({@code >= 1.2.0, < 2.0.0}, {@code ~> 1.7}),
 * as {@code required_version} uses them.
 */
public final class VersionConstraints {

    private static final Pattern ONE = Pattern.compile(
            "\\s*(=|!=|>=|<=|>|<|~>)?\\s*v?(\\d+(?:\\.\\d+)*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?\\s*");

    private final List<Constraint> constraints;

    private record Constraint(String operator, int[] version, boolean prerelease) {}

    private VersionConstraints(List<Constraint> constraints) {
        this.constraints = constraints;
    }

    /** Parses a comma-separated list of constraints; empty when any part is malformed. */
    public static Optional<VersionConstraints> parse(String text) {
        List<Constraint> list = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            Matcher m = ONE.matcher(part);
            if (!m.matches()) return Optional.empty();
            list.add(new Constraint(m.group(1) == null ? "=" : m.group(1), segments(m.group(2)), m.group(3) != null));
        }
        return Optional.of(new VersionConstraints(list));
    }

    /** Whether {@code version} (plain {@code X.Y.Z}) satisfies every constraint. */
    public boolean isSatisfiedBy(String version) {
        int[] v = segments(version);
        for (Constraint c : constraints) {
            int cmp = compare(v, c.version);
            boolean ok = switch (c.operator) {
                case "=" -> cmp == 0 && !c.prerelease;
                case "!=" -> cmp != 0 || c.prerelease;
                case ">" -> cmp > 0;
                case "<" -> cmp < 0;
                case ">=" -> cmp >= 0;
                case "<=" -> cmp <= 0;
                default -> cmp >= 0 && pessimisticUpperBound(v, c.version);
            };
            if (!ok) return false;
        }
        return true;
    }

    /** {@code ~> 1.7} allows {@code 1.x >= 1.7}; {@code ~> 1.7.3} allows {@code 1.7.x >= 1.7.3}. */
    private static boolean pessimisticUpperBound(int[] v, int[] c) {
        int fixed = Math.max(1, c.length - 1);
        for (int i = 0; i < fixed; i++) {
            if (at(v, i) != at(c, i)) return false;
        }
        return true;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < Math.max(Math.max(a.length, b.length), 3); i++) {
            int cmp = Integer.compare(at(a, i), at(b, i));
            if (cmp != 0) return cmp;
        }
        return 0;
    }

    private static int at(int[] v, int i) {
        return i < v.length ? v[i] : 0;
    }

    private static int[] segments(String text) {
        String[] parts = text.split("\\.");
        int[] v = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                v[i] = Integer.MAX_VALUE;
            }
        }
        return v;
    }
}
