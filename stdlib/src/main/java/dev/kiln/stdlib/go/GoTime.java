package dev.kiln.stdlib.go;

import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The parts of Go's {@code time} package the date functions rely on: RFC 3339 parsing with the
 * errors cty derives from Go's {@code ParseError}, layout-based formatting ({@code Format}) and
 * {@code ParseDuration}.
 */
public final class GoTime {

    private GoTime() {}

    /** A parse failure, already worded as cty's {@code parseTimestamp} words it. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /** Cursor over the value being parsed. */
    private static final class Input {
        final String text;
        int pos;

        Input(String text) {
            this.text = text;
        }

        String rest() {
            return text.substring(pos);
        }

        boolean digit(int offset) {
            return pos + offset < text.length()
                    && Character.isDigit(text.charAt(pos + offset))
                    && text.charAt(pos + offset) < 128;
        }
    }

    /**
     * Go's {@code time.Parse(time.RFC3339, ts)} (with {@code separator} 'T'), failing with cty's
     * message. Fractional seconds are accepted as Go accepts them after the seconds.
     */
    public static OffsetDateTime parseRfc3339(String ts, char separator) throws Invalid {
        Input in = new Input(ts);
        if (ts.length() < 4 || !(in.digit(0) && in.digit(1) && in.digit(2) && in.digit(3))) {
            throw bad("year", in.rest());
        }
        int year = Integer.parseInt(ts.substring(0, 4));
        in.pos = 4;
        literal(in, "-");
        int month = fixed2(in, "month");
        if (month < 1 || month > 12) {
            throw range("month", in);
        }
        literal(in, "-");
        int day = fixed2(in, "day of month");
        if (day < 1 || day > 31) {
            throw range("day of month", in);
        }
        if (in.pos >= ts.length() || ts.charAt(in.pos) != separator) {
            if (separator == 'T') {
                throw new Invalid("not a valid RFC3339 timestamp: missing required time introducer 'T'");
            }
            throw new Invalid("not a valid RFC3339 timestamp");
        }
        in.pos++;
        // Go reads "15" with one or two digits.
        int hour;
        if (!in.digit(0)) {
            throw bad("hour", in.rest());
        }
        if (in.digit(1)) {
            hour = Integer.parseInt(ts.substring(in.pos, in.pos + 2));
            in.pos += 2;
        } else {
            hour = ts.charAt(in.pos) - '0';
            in.pos++;
        }
        if (hour > 23) {
            throw range("hour", in);
        }
        literal(in, ":");
        int minute = fixed2(in, "minute");
        if (minute > 59) {
            throw range("minute", in);
        }
        literal(in, ":");
        int second = fixed2(in, "second");
        if (second > 59) {
            throw range("second", in);
        }
        int nanos = 0;
        if (in.pos + 1 < ts.length() && (ts.charAt(in.pos) == '.' || ts.charAt(in.pos) == ',') && in.digit(1)) {
            int end = in.pos + 1;
            while (end < ts.length() && ts.charAt(end) >= '0' && ts.charAt(end) <= '9') {
                end++;
            }
            String digits = (ts.substring(in.pos + 1, end) + "000000000").substring(0, 9);
            nanos = Integer.parseInt(digits);
            in.pos = end;
        }
        ZoneOffset offset;
        if (in.pos < ts.length() && ts.charAt(in.pos) == 'Z') {
            offset = ZoneOffset.UTC;
            in.pos++;
        } else {
            String rest = in.rest();
            if (rest.length() < 6
                    || rest.charAt(3) != ':'
                    || (rest.charAt(0) != '+' && rest.charAt(0) != '-')
                    || !allDigits(rest.substring(1, 3))
                    || !allDigits(rest.substring(4, 6))) {
                throw bad("UTC offset", rest);
            }
            int hh = Integer.parseInt(rest.substring(1, 3));
            int mm = Integer.parseInt(rest.substring(4, 6));
            in.pos += 6;
            if (hh > 24 || mm > 60 || hh * 3600 + mm * 60 > 18 * 3600) {
                throw range("UTC offset", in);
            }
            int seconds = (hh * 3600 + mm * 60) * (rest.charAt(0) == '-' ? -1 : 1);
            offset = ZoneOffset.ofTotalSeconds(seconds);
        }
        if (in.pos < ts.length()) {
            throw new Invalid(
                    "not a valid RFC3339 timestamp: cannot use " + quote(in.rest()) + " as timestamp segment");
        }
        if (day > Year.of(year).atMonth(month).lengthOfMonth()) {
            throw new Invalid("not a valid RFC3339 timestamp: day out of range");
        }
        return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
    }

    private static boolean allDigits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static int fixed2(Input in, String what) throws Invalid {
        if (!in.digit(0) || !in.digit(1)) {
            throw bad(what, in.rest());
        }
        int n = Integer.parseInt(in.text.substring(in.pos, in.pos + 2));
        in.pos += 2;
        return n;
    }

    private static void literal(Input in, String expected) throws Invalid {
        if (in.text.startsWith(expected, in.pos)) {
            in.pos += expected.length();
            return;
        }
        String rest = in.rest();
        if (rest.isEmpty()) {
            throw new Invalid("not a valid RFC3339 timestamp: end of string where " + quote(expected) + " is expected");
        }
        throw new Invalid(
                "not a valid RFC3339 timestamp: found " + quote(rest) + " where " + quote(expected) + " is expected");
    }

    private static Invalid bad(String what, String valueElem) {
        if (valueElem.isEmpty()) {
            return new Invalid("not a valid RFC3339 timestamp: end of string before " + what);
        }
        return new Invalid("not a valid RFC3339 timestamp: cannot use " + quote(valueElem) + " as " + what);
    }

    /** Go reports range errors with the text after the element; cty repeats it. */
    private static Invalid range(String what, Input in) {
        return bad(what, in.rest());
    }

    public static String quote(String s) {
        return GoText.quote(s);
    }

    // ---- formatting ----

    /** Go's {@code t.Format(time.RFC3339)}. */
    public static String rfc3339(OffsetDateTime t) {
        return format(t, "2006-01-02T15:04:05Z07:00");
    }

    /** Go's {@code Time.Format(layout)}. */
    public static String format(OffsetDateTime t, String layout) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < layout.length()) {
            int[] chunk = new int[1];
            String std = nextStd(layout, i, chunk);
            if (std == null) {
                out.append(layout.charAt(i));
                i++;
                continue;
            }
            appendStd(out, t, std, layout.substring(i, i + chunk[0]));
            i += chunk[0];
        }
        return out.toString();
    }

    private static final String[] OFFSETS = {"-07:00:00", "-070000", "-07:00", "-0700", "-07"};

    /** The standard element starting at {@code i}, or null if the character there is literal. */
    private static String nextStd(String l, int i, int[] length) {
        char c = l.charAt(i);
        String rest = l.substring(i);
        switch (c) {
            case 'J':
                if (rest.startsWith("January")) {
                    return std(length, "January");
                }
                if (rest.startsWith("Jan") && !startsWithLower(rest, 3)) {
                    return std(length, "Jan");
                }
                return null;
            case 'M':
                if (rest.startsWith("Monday")) {
                    return std(length, "Monday");
                }
                if (rest.startsWith("Mon") && !startsWithLower(rest, 3)) {
                    return std(length, "Mon");
                }
                if (rest.startsWith("MST")) {
                    return std(length, "MST");
                }
                return null;
            case '0':
                if (rest.length() >= 2 && rest.charAt(1) >= '1' && rest.charAt(1) <= '6') {
                    return std(length, rest.substring(0, 2));
                }
                if (rest.startsWith("002")) {
                    return std(length, "002");
                }
                return null;
            case '1':
                return rest.startsWith("15") ? std(length, "15") : std(length, "1");
            case '2':
                return rest.startsWith("2006") ? std(length, "2006") : std(length, "2");
            case '_':
                if (rest.startsWith("_2")) {
                    // "_2006" is a literal underscore followed by the year.
                    return rest.startsWith("_2006") ? null : std(length, "_2");
                }
                return rest.startsWith("__2") ? std(length, "__2") : null;
            case '3':
            case '4':
            case '5':
                return std(length, String.valueOf(c));
            case 'P':
                return rest.startsWith("PM") ? std(length, "PM") : null;
            case 'p':
                return rest.startsWith("pm") ? std(length, "pm") : null;
            case '-':
            case 'Z':
                for (String offset : OFFSETS) {
                    String candidate = c + offset.substring(1);
                    if (rest.startsWith(candidate)) {
                        return std(length, candidate);
                    }
                }
                return null;
            case '.':
            case ',':
                if (rest.length() > 1 && (rest.charAt(1) == '0' || rest.charAt(1) == '9')) {
                    int j = 1;
                    while (j < rest.length() && rest.charAt(j) == rest.charAt(1)) {
                        j++;
                    }
                    if (j >= rest.length() || !Character.isDigit(rest.charAt(j))) {
                        return std(length, rest.substring(0, j));
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static boolean startsWithLower(String s, int at) {
        return at < s.length() && s.charAt(at) >= 'a' && s.charAt(at) <= 'z';
    }

    private static String std(int[] length, String std) {
        length[0] = std.length();
        return std;
    }

    private static void appendStd(StringBuilder out, OffsetDateTime t, String std, String text) {
        int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        switch (std) {
            case "January":
                out.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                break;
            case "Jan":
                out.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                break;
            case "Monday":
                out.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                break;
            case "Mon":
                out.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                break;
            case "MST":
                out.append(zoneName(t));
                break;
            case "01":
                pad(out, t.getMonthValue(), 2, '0');
                break;
            case "02":
                pad(out, t.getDayOfMonth(), 2, '0');
                break;
            case "03":
                pad(out, hour12, 2, '0');
                break;
            case "04":
                pad(out, t.getMinute(), 2, '0');
                break;
            case "05":
                pad(out, t.getSecond(), 2, '0');
                break;
            case "06":
                pad(out, Math.floorMod(t.getYear(), 100), 2, '0');
                break;
            case "002":
                pad(out, t.getDayOfYear(), 3, '0');
                break;
            case "__2":
                pad(out, t.getDayOfYear(), 3, ' ');
                break;
            case "15":
                pad(out, t.getHour(), 2, '0');
                break;
            case "1":
                out.append(t.getMonthValue());
                break;
            case "2006":
                year(out, t.getYear());
                break;
            case "2":
                out.append(t.getDayOfMonth());
                break;
            case "_2":
                pad(out, t.getDayOfMonth(), 2, ' ');
                break;
            case "3":
                out.append(hour12);
                break;
            case "4":
                out.append(t.getMinute());
                break;
            case "5":
                out.append(t.getSecond());
                break;
            case "PM":
                out.append(t.getHour() >= 12 ? "PM" : "AM");
                break;
            case "pm":
                out.append(t.getHour() >= 12 ? "pm" : "am");
                break;
            default:
                if (std.charAt(0) == '.' || std.charAt(0) == ',') {
                    fraction(out, t.getNano(), std);
                } else {
                    offset(out, t.getOffset().getTotalSeconds(), std);
                }
        }
    }

    private static void year(StringBuilder out, int year) {
        if (year < 0) {
            out.append('-');
        }
        pad(out, Math.abs(year), 4, '0');
    }

    private static void pad(StringBuilder out, int value, int width, char fill) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append(fill);
        }
        out.append(digits);
    }

    private static void fraction(StringBuilder out, int nanos, String std) {
        int digits = std.length() - 1;
        String all = String.format("%09d", nanos).substring(0, Math.min(9, digits));
        if (std.charAt(1) == '9') {
            all = all.replaceAll("0+$", "");
            if (all.isEmpty()) {
                return;
            }
        }
        out.append(std.charAt(0)).append(all);
    }

    private static void offset(StringBuilder out, int seconds, String std) {
        if (std.charAt(0) == 'Z' && seconds == 0) {
            out.append('Z');
            return;
        }
        int abs = Math.abs(seconds);
        out.append(seconds < 0 ? '-' : '+');
        pad(out, abs / 3600, 2, '0');
        String shape = std.substring(1);
        if (shape.equals("07")) {
            return;
        }
        if (shape.contains(":")) {
            out.append(':');
        }
        pad(out, abs / 60 % 60, 2, '0');
        if (shape.equals("07:00:00") || shape.equals("070000")) {
            if (shape.contains(":")) {
                out.append(':');
            }
            pad(out, abs % 60, 2, '0');
        }
    }

    /** Go's "MST": the zone's name, which for parsed fixed offsets is "UTC" or a numeric offset. */
    public static String zoneName(OffsetDateTime t) {
        int seconds = t.getOffset().getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        StringBuilder out = new StringBuilder();
        offset(out, seconds, "-0700");
        return out.toString();
    }
}
