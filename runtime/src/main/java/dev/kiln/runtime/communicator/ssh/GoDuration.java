package dev.kiln.runtime.communicator.ssh;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go's {@code time.ParseDuration} text ("5m", "1h30m", "500ms"), which Packer uses for every timeout option. */
final class GoDuration {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)");

    private GoDuration() {}

    /** Parses {@code text}; {@code option} names the setting in the error message. */
    static Duration parse(String option, String text) {
        String s = text.trim();
        if (s.equals("0") || s.isEmpty()) return Duration.ZERO;
        Matcher m = PART.matcher(s);
        double nanos = 0;
        int end = 0;
        while (m.find() && m.start() == end) {
            nanos += Double.parseDouble(m.group(1)) * unitNanos(m.group(2));
            end = m.end();
        }
        if (end != s.length()) {
            throw new IllegalArgumentException(option + ": invalid duration \"" + text + "\" (use e.g. 30s, 5m, 1h30m)");
        }
        return Duration.ofNanos((long) nanos);
    }

    private static double unitNanos(String unit) {
        switch (unit) {
            case "ns": return 1;
            case "ms": return 1e6;
            case "s": return 1e9;
            case "m": return 60e9;
            case "h": return 3600e9;
            default: return 1e3; // us, µs, μs
        }
    }
}
