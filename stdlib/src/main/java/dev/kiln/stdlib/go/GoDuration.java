package dev.kiln.stdlib.go;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Go's {@code time.Duration} text: the syntax of every Packer duration option ({@code ssh_timeout},
 * {@code pause_before}, {@code sleep}'s {@code duration} ...) and of {@code timeadd}, and the way Go
 * prints one in messages.
 */
public final class GoDuration {

    private GoDuration() {}

    private static final long[] UNIT_NANOS = {
        1L, 1_000L, 1_000L, 1_000L, 1_000_000L, 1_000_000_000L, 60_000_000_000L, 3_600_000_000_000L
    };
    private static final String[] UNITS = {"ns", "us", "µs", "μs", "ms", "s", "m", "h"};

    /**
     * Go's {@code time.ParseDuration} ({@code 10s}, {@code 1m30s}, {@code 1.5h}, {@code -2us}) in
     * nanoseconds; throws {@link IllegalArgumentException} with Go's message
     * ({@code time: invalid duration "x"}).
     */
    public static long parseNanos(String orig) {
        String s = orig;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return 0;
        }
        IllegalArgumentException invalid = new IllegalArgumentException("time: invalid duration " + GoText.quote(orig));
        if (s.isEmpty()) {
            throw invalid;
        }
        java.math.BigInteger total = java.math.BigInteger.ZERO;
        java.math.BigInteger limit = java.math.BigInteger.ONE.shiftLeft(63);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!(c == '.' || (c >= '0' && c <= '9'))) {
                throw invalid;
            }
            int start = i;
            java.math.BigInteger v = java.math.BigInteger.ZERO;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                v = v.multiply(java.math.BigInteger.TEN).add(java.math.BigInteger.valueOf(s.charAt(i) - '0'));
                if (v.compareTo(limit) >= 0) {
                    throw invalid;
                }
                i++;
            }
            boolean pre = i != start;
            long f = 0;
            double scale = 1;
            boolean post = false;
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                int fractionStart = i;
                boolean overflow = false;
                while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    if (!overflow) {
                        if (f > (Long.MAX_VALUE - 9) / 10) {
                            overflow = true;
                        } else {
                            f = f * 10 + (s.charAt(i) - '0');
                            scale *= 10;
                        }
                    }
                    i++;
                }
                post = i != fractionStart;
            }
            if (!pre && !post) {
                throw invalid;
            }
            int unitStart = i;
            while (i < s.length() && s.charAt(i) != '.' && !(s.charAt(i) >= '0' && s.charAt(i) <= '9')) {
                i++;
            }
            if (i == unitStart) {
                throw new IllegalArgumentException("time: missing unit in duration " + GoText.quote(orig));
            }
            String unitText = s.substring(unitStart, i);
            int unitIndex = java.util.Arrays.asList(UNITS).indexOf(unitText);
            if (unitIndex < 0) {
                throw new IllegalArgumentException(
                        "time: unknown unit " + GoText.quote(unitText) + " in duration " + GoText.quote(orig));
            }
            long unit = UNIT_NANOS[unitIndex];
            v = v.multiply(java.math.BigInteger.valueOf(unit));
            if (f > 0) {
                v = v.add(java.math.BigInteger.valueOf((long) ((double) f * ((double) unit / scale))));
            }
            total = total.add(v);
            if (total.compareTo(limit) > 0) {
                throw invalid;
            }
        }
        if (negative) {
            return total.negate().longValue();
        }
        if (total.compareTo(limit) >= 0) {
            throw invalid;
        }
        return total.longValueExact();
    }

    /** {@link #parseNanos} as a {@link Duration}. */
    public static Duration parse(String text) {
        return Duration.ofNanos(parseNanos(text));
    }

    /** Formats {@code d} as Go's {@code Duration.String}: {@code 10s}, {@code 1m30s}, {@code 1h0m0s}, {@code 1.5ms}, {@code 0s}. */
    public static String format(Duration d) {
        long nanos = d.toNanos();
        if (nanos == 0) return "0s";
        String sign = nanos < 0 ? "-" : "";
        long u = Math.abs(nanos);
        if (u < 1_000_000_000L) {
            if (u < 1_000L) return sign + u + "ns";
            if (u < 1_000_000L) return sign + fraction(u, 1_000L) + "µs";
            return sign + fraction(u, 1_000_000L) + "ms";
        }
        long hours = u / 3_600_000_000_000L;
        long minutes = u / 60_000_000_000L % 60;
        String seconds = fraction(u % 60_000_000_000L, 1_000_000_000L) + "s";
        if (hours > 0) return sign + hours + "h" + minutes + "m" + seconds;
        if (minutes > 0) return sign + minutes + "m" + seconds;
        return sign + seconds;
    }

    private static String fraction(long value, long unit) {
        return BigDecimal.valueOf(value)
                .divide(BigDecimal.valueOf(unit))
                .stripTrailingZeros()
                .toPlainString();
    }
}
