package dev.kiln.runtime.engine;

import java.time.Duration;

/** Formats a duration as Go's {@code time.Duration.String()} does ({@code 10s}, {@code 1m30s}, {@code 1.5s}), for Packer's messages. */
final class GoDurations {

    private GoDurations() {}

    static String format(Duration d) {
        if (d.isZero()) return "0s";
        StringBuilder out = new StringBuilder();
        long hours = d.toHours();
        long minutes = d.toMinutesPart();
        if (hours > 0) out.append(hours).append('h');
        if (hours > 0 || minutes > 0) out.append(minutes).append('m');
        long seconds = d.toSecondsPart();
        int nanos = d.toNanosPart();
        if (hours == 0 && minutes == 0 && seconds == 0) {
            // Go switches to ms/µs/ns below one second.
            if (nanos % 1_000_000 == 0) return out.append(nanos / 1_000_000).append("ms").toString();
            if (nanos % 1_000 == 0) return out.append(nanos / 1_000).append("µs").toString();
            return out.append(nanos).append("ns").toString();
        }
        out.append(seconds);
        if (nanos != 0) {
            String fraction = String.format("%09d", nanos).replaceAll("0+$", "");
            out.append('.').append(fraction);
        }
        return out.append('s').toString();
    }
}
