package dev.kiln.stdlib.functions;

import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionException;
import dev.kiln.stdlib.function.Parameter;
import dev.kiln.stdlib.go.GoDuration;
import dev.kiln.stdlib.go.GoTime;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Date and time functions: cty's {@code datetime.go} and Packer's own. */
public final class DateTimeFunctions {

    private DateTimeFunctions() {}

    /** {@code formatdate(format, time)}: cty's {@code FormatDateFunc}. */
    public static final Function FORMATDATE = Function.builder("formatdate")
            .parameter(Parameter.of("format", Type.STRING))
            .parameter(Parameter.of("time", Type.STRING))
            .returns(Type.STRING)
            .summary("Formats a timestamp given in RFC 3339 syntax into another timestamp in some other"
                    + " machine-oriented time syntax, as described in the format string.")
            .description("Verbs: YYYY YY, MMMM MMM MM M, DD D, EEEE EEE, hh h (24-hour), HH H"
                    + " (12-hour), AA aa, mm m, ss s, ZZZZZ ZZZZ ZZZ Z; text in single quotes is"
                    + " literal and '' is a quote.")
            .implementation((args, rt) ->
                    Value.string(formatdate(((StringValue) args.get(0)).value(), ((StringValue) args.get(1)).value())))
            .build();

    /** {@code timeadd(timestamp, duration)}: cty's {@code TimeAddFunc}. */
    public static final Function TIMEADD = Function.builder("timeadd")
            .parameter(Parameter.of("timestamp", Type.STRING))
            .parameter(Parameter.of("duration", Type.STRING))
            .returns(Type.STRING)
            .summary("Adds a duration to a timestamp, returning a new timestamp.")
            .description("The duration uses Go's syntax: a sequence of numbers with units ns, us"
                    + " (or µs), ms, s, m and h, such as \"1h30m\", \"-10s\" or \"1.5h\". The result"
                    + " keeps the timestamp's UTC offset and drops fractional seconds.")
            .implementation((args, rt) -> {
                OffsetDateTime t = parse(((StringValue) args.get(0)).value(), -1);
                long nanos;
                try {
                    nanos = GoDuration.parseNanos(((StringValue) args.get(1)).value());
                } catch (IllegalArgumentException e) {
                    throw FunctionException.of(e.getMessage());
                }
                return Value.string(GoTime.rfc3339(t.plusNanos(nanos)));
            })
            .build();

    /** {@code rfc3339_parse(timestamp)}: Packer's {@code RFC3339ParseFunc}. */
    public static final Function RFC3339_PARSE = Function.builder("rfc3339_parse")
            .parameter(Parameter.of("timestamp", Type.STRING))
            .returns(Type.object(fieldTypes("unix")))
            .summary("Parses an RFC 3339 timestamp and returns an object describing it.")
            .description("The object has year, year_day, day, month, month_name, weekday (0 is"
                    + " Sunday), weekday_name, hour, minute, second, unix, iso_year and iso_week, in"
                    + " the timestamp's own UTC offset. A space may replace the T.")
            .implementation((args, rt) -> {
                String ts = ((StringValue) args.get(0)).value();
                OffsetDateTime t;
                try {
                    t = GoTime.parseRfc3339(ts, 'T');
                } catch (GoTime.Invalid e) {
                    try {
                        t = GoTime.parseRfc3339(ts, ' ');
                    } catch (GoTime.Invalid again) {
                        throw FunctionException.argument(0, GoTime.quote(ts) + " is not a valid RFC3339 timestamp");
                    }
                }
                Map<String, Value> fields = fields(t);
                fields.put("unix", Value.number(t.toEpochSecond()));
                return Value.object(fields);
            })
            .build();

    /** {@code unix_timestamp_parse(unix_timestamp)}: Packer's {@code UnixTimestampParseFunc}. */
    public static final Function UNIX_TIMESTAMP_PARSE = Function.builder("unix_timestamp_parse")
            .parameter(Parameter.of("unix_timestamp", Type.NUMBER))
            .returns(Type.object(fieldTypes("rfc3339")))
            .summary("Parses a Unix timestamp (seconds since 1970-01-01 UTC) and returns an object describing it.")
            .description("The object has the same attributes as rfc3339_parse's, in UTC, except"
                    + " that rfc3339 (the timestamp in RFC 3339 form) replaces unix.")
            .implementation((args, rt) -> {
                long seconds;
                try {
                    seconds = Go.toLong(args.get(0), 0);
                } catch (FunctionException e) {
                    throw FunctionException.argument(
                            0,
                            "unix_timestamp must be a whole number of seconds" + " representable as a 64-bit integer: "
                                    + Go.INT64_RANGE);
                }
                OffsetDateTime t;
                try {
                    t = Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.UTC);
                } catch (DateTimeException e) {
                    // Go's time wraps around for such years; Java's refuses them.
                    throw FunctionException.argument(0, "unix_timestamp is out of the supported range");
                }
                Map<String, Value> fields = fields(t);
                fields.put("rfc3339", Value.string(GoTime.rfc3339(t)));
                return Value.object(fields);
            })
            .build();

    /** All functions of this family; the clock and start time come from {@code env}. */
    public static List<Function> all(FunctionEnvironment env) {
        OffsetDateTime start = env.startTime().atOffset(ZoneOffset.UTC);
        return List.of(
                FORMATDATE,
                legacyIsotime(start),
                legacyStrftime(start),
                RFC3339_PARSE,
                TIMEADD,
                timestamp(env),
                UNIX_TIMESTAMP_PARSE);
    }

    /** {@code timestamp()}: the current UTC time in RFC 3339 form, read anew on every call. */
    public static Function timestamp(FunctionEnvironment env) {
        return Function.builder("timestamp")
                .returns(Type.STRING)
                .summary("Returns a UTC timestamp string in RFC 3339 format.")
                .description("Each call reads the clock again, so two calls in one template can differ;"
                        + " use legacy_isotime for the time the run started.")
                .implementation((args, rt) -> Value.string(GoTime.rfc3339(
                        env.clock().instant().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC))))
                .build();
    }

    /** {@code legacy_isotime(format)}: Packer's {@code LegacyIsotimeFunc} on the start time. */
    public static Function legacyIsotime(OffsetDateTime start) {
        return Function.builder("legacy_isotime")
                .parameter(Parameter.of("format", Type.STRING))
                .returns(Type.STRING)
                .summary("Formats the time the run started with a Go reference-time layout, as the JSON"
                        + " template function isotime does.")
                .description("The layout is written with Go's reference time, Mon Jan 2 15:04:05 MST"
                        + " 2006: \"2006-01-02T15:04:05Z07:00\" gives RFC 3339. The time is UTC.")
                .implementation((args, rt) -> Value.string(GoTime.format(start, ((StringValue) args.get(0)).value())))
                .build();
    }

    /** {@code legacy_strftime(format)}: Packer's {@code LegacyStrftimeFunc} on the start time. */
    public static Function legacyStrftime(OffsetDateTime start) {
        return Function.builder("legacy_strftime")
                .parameter(Parameter.of("format", Type.STRING))
                .returns(Type.STRING)
                .summary("Formats the time the run started with a strftime layout, as the JSON template"
                        + " function strftime does.")
                .description("Supported: %a %A %b %B %d %H %I %m %M %p %S %y %Y %Z %z; other %x"
                        + " sequences are kept as they are (jehiah/go-strftime's rules). The time is UTC.")
                .implementation((args, rt) -> Value.string(strftime(((StringValue) args.get(0)).value(), start)))
                .build();
    }

    private static final Map<Character, String> STRFTIME = Map.ofEntries(
            Map.entry('B', "January"),
            Map.entry('b', "Jan"),
            Map.entry('m', "01"),
            Map.entry('A', "Monday"),
            Map.entry('a', "Mon"),
            Map.entry('d', "02"),
            Map.entry('H', "15"),
            Map.entry('I', "03"),
            Map.entry('M', "04"),
            Map.entry('S', "05"),
            Map.entry('Y', "2006"),
            Map.entry('y', "06"),
            Map.entry('p', "PM"),
            Map.entry('Z', "MST"),
            Map.entry('z', "-0700"));

    /** jehiah/go-strftime: translate to a Go layout chunk by chunk, then Go-format it. */
    static String strftime(String format, OffsetDateTime t) {
        StringBuilder layout = new StringBuilder();
        for (String chunk : format.split("%", -1)) {
            if (chunk.isEmpty()) {
                continue;
            }
            String go = STRFTIME.get(chunk.charAt(0));
            if (go != null) {
                layout.append(go).append(chunk.substring(1));
            } else {
                layout.append('%').append(chunk);
            }
        }
        return GoTime.format(t, layout.toString());
    }

    private static OffsetDateTime parse(String ts, int argument) throws FunctionException {
        try {
            return GoTime.parseRfc3339(ts, 'T');
        } catch (GoTime.Invalid e) {
            throw argument < 0
                    ? FunctionException.of(e.getMessage())
                    : FunctionException.argument(argument, e.getMessage());
        }
    }

    private static Map<String, Type> fieldTypes(String extra) {
        Map<String, Type> types = new LinkedHashMap<>();
        for (String name : List.of(
                "year", "year_day", "day", "month", "weekday", "hour", "minute", "second", "iso_year", "iso_week")) {
            types.put(name, Type.NUMBER);
        }
        types.put("month_name", Type.STRING);
        types.put("weekday_name", Type.STRING);
        types.put(extra, extra.equals("unix") ? Type.NUMBER : Type.STRING);
        return types;
    }

    private static Map<String, Value> fields(OffsetDateTime t) {
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("year", Value.number(t.getYear()));
        fields.put("year_day", Value.number(t.getDayOfYear()));
        fields.put("day", Value.number(t.getDayOfMonth()));
        fields.put("month", Value.number(t.getMonthValue()));
        fields.put("month_name", Value.string(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
        // Go counts weekdays from Sunday = 0.
        fields.put("weekday", Value.number(t.getDayOfWeek().getValue() % 7));
        fields.put("weekday_name", Value.string(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
        fields.put("hour", Value.number(t.getHour()));
        fields.put("minute", Value.number(t.getMinute()));
        fields.put("second", Value.number(t.getSecond()));
        fields.put("iso_year", Value.number(t.get(IsoFields.WEEK_BASED_YEAR)));
        fields.put("iso_week", Value.number(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        return fields;
    }

    /** cty's formatdate: split into verbs, quoted literals and other literals, then render. */
    static String formatdate(String format, String timestamp) throws FunctionException {
        OffsetDateTime t = parse(timestamp, 1);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            int end;
            if (c == '\'') {
                if (i + 1 < format.length() && format.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i += 2;
                    continue;
                }
                end = -1;
                for (int j = i + 1; j < format.length(); j++) {
                    if (format.charAt(j) == '\'') {
                        if (j + 1 < format.length() && format.charAt(j + 1) == '\'') {
                            j++;
                            continue;
                        }
                        end = j + 1;
                        break;
                    }
                }
                if (end < 0) {
                    throw FunctionException.argument(0, "unterminated literal '");
                }
                // The content is verbatim, except that doubled quotes inside stand for one.
                out.append(format.substring(i + 1, end - 1).replace("''", "'"));
                i = end;
            } else if (isVerb(c)) {
                end = i + 1;
                while (end < format.length() && format.charAt(end) == c) {
                    end++;
                }
                verb(out, format.substring(i, end), t);
                i = end;
            } else {
                end = i + 1;
                while (end < format.length() && format.charAt(end) != '\'' && !isVerb(format.charAt(end))) {
                    end++;
                }
                out.append(format, i, end);
                i = end;
            }
        }
        return out.toString();
    }

    private static boolean isVerb(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static void verb(StringBuilder out, String tok, OffsetDateTime t) throws FunctionException {
        int n = tok.length();
        String q = GoTime.quote(tok);
        switch (tok.charAt(0)) {
            case 'Y':
                if (n == 2) {
                    out.append(String.format("%02d", Math.floorMod(t.getYear(), 100)));
                } else if (n == 4) {
                    out.append(String.format("%04d", t.getYear()));
                } else {
                    throw verbError(q, "year must either be \"YY\" or \"YYYY\"");
                }
                break;
            case 'M':
                if (n == 1) {
                    out.append(t.getMonthValue());
                } else if (n == 2) {
                    out.append(String.format("%02d", t.getMonthValue()));
                } else if (n == 3) {
                    out.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                } else if (n == 4) {
                    out.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                } else {
                    throw verbError(q, "month must be \"M\", \"MM\", \"MMM\", or \"MMMM\"");
                }
                break;
            case 'D':
                twoForms(out, tok, t.getDayOfMonth(), "day of month must either be \"D\" or \"DD\"");
                break;
            case 'E':
                if (n == 3) {
                    out.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                } else if (n == 4) {
                    out.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                } else {
                    throw verbError(q, "day of week must either be \"EEE\" or \"EEEE\"");
                }
                break;
            case 'h':
                twoForms(out, tok, t.getHour(), "24-hour must either be \"h\" or \"hh\"");
                break;
            case 'H':
                twoForms(
                        out,
                        tok,
                        t.getHour() % 12 == 0 ? 12 : t.getHour() % 12,
                        "12-hour must either be \"H\" or \"HH\"");
                break;
            case 'A':
            case 'a':
                if (n != 2) {
                    throw verbError(q, "must be \"" + tok.charAt(0) + tok.charAt(0) + "\"");
                }
                String marker = t.getHour() < 12 ? "AM" : "PM";
                out.append(tok.charAt(0) == 'A' ? marker : marker.toLowerCase(Locale.ROOT));
                break;
            case 'm':
                twoForms(out, tok, t.getMinute(), "minute must either be \"m\" or \"mm\"");
                break;
            case 's':
                twoForms(out, tok, t.getSecond(), "second must either be \"s\" or \"ss\"");
                break;
            case 'Z':
                if (n == 1) {
                    out.append(GoTime.format(t, "Z07:00"));
                } else if (n == 3) {
                    out.append(GoTime.format(t, "-0700"));
                } else if (n == 4) {
                    out.append(GoTime.format(t, "-07:00"));
                } else if (n == 5) {
                    out.append(GoTime.zoneName(t));
                } else {
                    throw verbError(q, "timezone must be Z, ZZZZ, or ZZZZZ");
                }
                break;
            default:
                throw FunctionException.argument(0, "invalid date format verb " + q);
        }
    }

    private static void twoForms(StringBuilder out, String tok, int value, String rule) throws FunctionException {
        if (tok.length() == 1) {
            out.append(value);
        } else if (tok.length() == 2) {
            out.append(String.format("%02d", value));
        } else {
            throw verbError(GoTime.quote(tok), rule);
        }
    }

    private static FunctionException verbError(String quoted, String rule) {
        return FunctionException.argument(0, "invalid date format verb " + quoted + ": " + rule);
    }
}
