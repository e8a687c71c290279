package dev.kiln.cli.build;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses Go duration strings ({@code 10s}, {@code 1m30s}, {@code 1.5h}, {@code 500ms}) as {@code time.ParseDuration}. */
final class GoDuration {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h)");
    private static final Map<String, Long> NANOS = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L, "ms", 1_000_000L,
            "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    private GoDuration() {}

    /** The duration {@code text}; throws {@link IllegalArgumentException} when it is not one. */
    static Duration parse(String text) {
        if (text.equals("0")) return Duration.ZERO;
        Matcher m = PART.matcher(text);
        int at = 0;
        BigDecimal nanos = BigDecimal.ZERO;
        while (at < text.length() && m.find(at) && m.start() == at) {
            nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(NANOS.get(m.group(2)))));
            at = m.end();
        }
        if (at != text.length() || at == 0) throw new IllegalArgumentException("time: invalid duration \"" + text + "\"");
        return Duration.ofNanos(nanos.longValue());
    }
}
