package dev.kiln.cli.build;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code -only}/{@code -except}: comma-separated globs (gobwas/glob without separators, so
 * {@code *} also matches dots) against build names.
 */
final class BuildSelection {

    private final List<Pattern> only;
    private final List<Pattern> except;

    BuildSelection(List<String> only, List<String> except) {
        this.only = patterns(only);
        this.except = patterns(except);
    }

    boolean selects(String buildName) {
        if (!only.isEmpty()) return only.stream().anyMatch(p -> p.matcher(buildName).matches());
        return except.stream().noneMatch(p -> p.matcher(buildName).matches());
    }

    private static List<Pattern> patterns(List<String> flags) {
        return flags.stream().flatMap(f -> java.util.Arrays.stream(f.split(","))).filter(s -> !s.isEmpty())
                .map(BuildSelection::glob).toList();
    }

    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') regex.append(".*");
            else if (c == '?') regex.append('.');
            else if (c == '[') {
                int end = glob.indexOf(']', i + 1);
                if (end < 0) {
                    regex.append("\\[");
                    continue;
                }
                String set = glob.substring(i + 1, end);
                regex.append('[').append(set.startsWith("!") ? "^" + set.substring(1) : set).append(']');
                i = end;
            } else regex.append(Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }
}
