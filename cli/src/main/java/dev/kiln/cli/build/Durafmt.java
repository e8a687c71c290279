package dev.kiln.cli.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Formats durations as Packer does with durafmt's {@code LimitFirstN(2)}: "3 minutes 2 seconds". */
public final class Durafmt {

    private Durafmt() {}

    private record Unit(String singular, String plural, long micros) {}

    private static final List<Unit> UNITS = List.of(
            new Unit("year", "years", 365L * 24 * 3600 * 1_000_000),
            new Unit("week", "weeks", 7L * 24 * 3600 * 1_000_000),
            new Unit("day", "days", 24L * 3600 * 1_000_000),
            new Unit("hour", "hours", 3600L * 1_000_000),
            new Unit("minute", "minutes", 60L * 1_000_000),
            new Unit("second", "seconds", 1_000_000),
            new Unit("millisecond", "milliseconds", 1_000),
            new Unit("microsecond", "microseconds", 1));

    /** The first two non-zero units of {@code d}. */
    public static String format(Duration d) {
        long micros = d.toNanos() / 1_000;
        List<String> parts = new ArrayList<>();
        for (Unit unit : UNITS) {
            long n = micros / unit.micros();
            micros %= unit.micros();
            if (n > 0 && parts.size() < 2) parts.add(n + " " + (n == 1 ? unit.singular() : unit.plural()));
        }
        return parts.isEmpty() ? "0 seconds" : String.join(" ", parts);
    }
}
