package dev.kiln.compiler.plan;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/** Go's {@code time.ParseDuration} ({@code 10s}, {@code 1m30s}, {@code 1.5h}): the syntax of {@code pause_before} and {@code timeout}. */
public final class GoDuration {

    private static final Map<String, Long> NANOS_PER_UNIT = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L, "μs", 1_000L,
            "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    private GoDuration() {}

    /** The duration, or an exception whose message is Go's error ({@code time: invalid duration "x"}). */
    public static Duration parse(String text) {
        String quoted = "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        int i = 0;
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        if (text.substring(i).equals("0")) return Duration.ZERO;
        if (i == text.length()) throw new IllegalArgumentException("time: invalid duration " + quoted);
        BigDecimal total = BigDecimal.ZERO;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) i++;
            String number = text.substring(start, i);
            if (number.isEmpty() || number.equals(".") || number.indexOf('.') != number.lastIndexOf('.')) {
                throw new IllegalArgumentException("time: invalid duration " + quoted);
            }
            int unitStart = i;
            while (i < text.length() && !Character.isDigit(text.charAt(i)) && text.charAt(i) != '.') i++;
            String unit = text.substring(unitStart, i);
            if (unit.isEmpty()) throw new IllegalArgumentException("time: missing unit in duration " + quoted);
            Long nanos = NANOS_PER_UNIT.get(unit);
            if (nanos == null) {
                throw new IllegalArgumentException("time: unknown unit \"" + unit + "\" in duration " + quoted);
            }
            total = total.add(new BigDecimal(number.startsWith(".") ? "0" + number : number).multiply(BigDecimal.valueOf(nanos)));
        }
        Duration d = Duration.ofNanos(total.longValue());
        return negative ? d.negated() : d;
    }
}
