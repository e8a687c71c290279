package dev.kiln.cli.build;

import java.util.Locale;

/** Sizes for people: {@code 512 B}, {@code 3.2 MB} (SI units, as the bar's rates are per second in the same units). */
final class ByteCount {

    private static final String[] UNITS = {"kB", "MB", "GB", "TB", "PB", "EB"};

    private ByteCount() {}

    static String format(long bytes) {
        if (bytes < 1000) return bytes + " B";
        double value = bytes;
        int unit = -1;
        // 999.95 and not 1000: what rounds up to 1000.0 moves to the next unit ("1.0 MB", not "1000.0 kB").
        while (value >= 999.95 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        // Locale.ROOT: a decimal point whatever the user's locale, as in Packer.
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
