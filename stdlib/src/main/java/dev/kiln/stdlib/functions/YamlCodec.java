package dev.kiln.stdlib.functions;

import dev.kiln.stdlib.function.ValueLimits;
import dev.kiln.stdlib.go.GoBase64;
import dev.kiln.stdlib.go.GoTime;
import dev.kiln.stdlib.json.JsonDecoding;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.ListValue;
import dev.kiln.stdlib.value.MapValue;
import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.SetValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.TupleValue;
import dev.kiln.stdlib.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * go-cty-yaml's {@code Standard} converter. Parsing is SnakeYAML Engine's (event level, so no
 * schema of its own applies); scalars are then resolved with cty-yaml's rules, which are YAML
 * 1.1-like ({@code yes}/{@code on} are true, {@code 0755} is 755). Encoding is a port of the
 * libyaml emitter paths cty-yaml uses: block style, double-quoted strings (literal blocks for
 * multi-line ones), plain numbers, bools and nulls.
 */
final class YamlCodec {

    private YamlCodec() {}

    /** A decoding failure with cty-yaml's wording. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    static final String TAG = "tag:yaml.org,2002:";

    // ---- decoding ----

    /** Decodes one YAML document into a cty value with its implied type. */
    static Value decode(String src) throws Invalid {
        if (src.isEmpty()) {
            src = "\n";
        }
        Iterator<Event> events;
        try {
            events = new Parse(
                            LoadSettings.builder().setAllowDuplicateKeys(true).build())
                    .parseString(src)
                    .iterator();
            Event start = next(events);
            if (start.getEventId() != Event.ID.StreamStart) {
                throw at(start, "missing stream start token");
            }
            Event doc = next(events);
            if (doc.getEventId() != Event.ID.DocumentStart) {
                throw at(doc, "missing start of document");
            }
            Value value = new Reading(events).node(next(events), 0);
            Event end = next(events);
            if (end.getEventId() == Event.ID.DocumentStart) {
                throw at(end, "only a single document is allowed");
            }
            if (end.getEventId() != Event.ID.DocumentEnd) {
                throw at(end, "unexpected extra content (" + end.getEventId() + ") after value");
            }
            Event after = next(events);
            if (after.getEventId() == Event.ID.DocumentStart) {
                throw at(after, "only a single document is allowed");
            }
            if (after.getEventId() != Event.ID.StreamEnd) {
                throw at(after, "unexpected extra content after value");
            }
            return value;
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().orElse(e.getContextMark().orElse(null));
            String problem = e.getProblem() == null ? "invalid YAML syntax" : e.getProblem();
            throw new Invalid(
                    mark == null
                            ? problem
                            : "on line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": "
                                    + problem);
        } catch (YamlEngineException e) {
            throw new Invalid(e.getMessage());
        }
    }

    private static Event next(Iterator<Event> events) {
        return events.next();
    }

    private static Invalid at(Event event, String message) {
        Mark mark = event.getStartMark().orElse(null);
        return new Invalid(
                mark == null
                        ? message
                        : "on line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": " + message);
    }

    /**
     * The state of reading one document: anchors, the anchors being defined, and how many nodes the
     * document expands to with its aliases, so that "billion laughs" stops early.
     */
    private static final class Reading {
        private final Iterator<Event> events;
        private final Map<String, Value> anchors = new HashMap<>();
        private final Map<String, Long> anchorSizes = new HashMap<>();
        private final Map<String, Integer> pending = new HashMap<>();
        private long nodes;

        Reading(Iterator<Event> events) {
            this.events = events;
        }

        private Value node(Event event, int depth) throws Invalid {
            if (depth > JsonDecoding.MAX_DEPTH) {
                throw at(
                        event,
                        "exceeded max depth: mappings and sequences may be nested at most " + JsonDecoding.MAX_DEPTH
                                + " levels");
            }
            if (event instanceof AliasEvent) {
                String name = ((AliasEvent) event).getAlias().getValue();
                if (pending.containsKey(name)) {
                    throw at(event, "cannot refer to anchor " + GoTime.quote(name) + " from inside its own definition");
                }
                Value value = anchors.get(name);
                if (value == null) {
                    throw at(event, "reference to undefined anchor " + GoTime.quote(name));
                }
                expand(event, anchorSizes.get(name));
                return value;
            }
            if (event.getEventId() == Event.ID.StreamEnd) {
                throw at(event, "expecting value but found end of stream");
            }
            if (!(event instanceof NodeEvent)) {
                throw at(event, "unexpected parser event " + event.getEventId());
            }
            String anchor =
                    ((NodeEvent) event).getAnchor().map(a -> a.getValue()).orElse(null);
            if (anchor != null) {
                pending.merge(anchor, 1, Integer::sum);
            }
            long nodesBefore = nodes;
            expand(event, 1);
            Value value;
            if (event instanceof ScalarEvent) {
                ScalarEvent scalar = (ScalarEvent) event;
                try {
                    value = resolve(tagOf(scalar), scalar.getValue());
                } catch (Invalid e) {
                    throw at(event, e.getMessage());
                }
            } else if (event instanceof MappingStartEvent) {
                String tag = ((CollectionStartEvent) event).getTag().orElse("");
                if (!tag.isEmpty() && !tag.equals(TAG + "map")) {
                    throw at(event, "can't interpret mapping as " + tag);
                }
                Map<String, Value> attributes = new TreeMap<>();
                while (true) {
                    Event key = next(events);
                    if (key.getEventId() == Event.ID.MappingEnd) {
                        break;
                    }
                    if (!(key instanceof ScalarEvent)) {
                        throw at(key, "only strings are allowed as mapping keys");
                    }
                    Value keyValue = resolve(tagOf((ScalarEvent) key), ((ScalarEvent) key).getValue());
                    if (keyValue.isNull()) {
                        throw at(key, "mapping key cannot be null");
                    }
                    String name = keyValue instanceof StringValue
                            ? ((StringValue) keyValue).value()
                            : keyValue instanceof NumberValue
                                    ? ((NumberValue) keyValue).text()
                                    : String.valueOf(((BoolValue) keyValue).value());
                    attributes.put(StringValue.normalize(name), node(next(events), depth + 1));
                }
                value = Value.object(attributes);
            } else if (event instanceof SequenceStartEvent) {
                String tag = ((CollectionStartEvent) event).getTag().orElse("");
                if (!tag.isEmpty() && !tag.equals(TAG + "seq")) {
                    throw at(event, "can't interpret sequence as " + tag);
                }
                List<Value> elements = new java.util.ArrayList<>();
                while (true) {
                    Event element = next(events);
                    if (element.getEventId() == Event.ID.SequenceEnd) {
                        break;
                    }
                    elements.add(node(element, depth + 1));
                }
                value = Value.tuple(elements);
            } else {
                throw at(event, "unexpected parser event " + event.getEventId());
            }
            if (anchor != null) {
                pending.computeIfPresent(anchor, (k, n) -> n == 1 ? null : n - 1);
                anchors.put(anchor, value);
                anchorSizes.put(anchor, nodes - nodesBefore);
            }
            return value;
        }

        /** Counts {@code count} more nodes of the expanded document (go-yaml's "excessive aliasing" guard). */
        private void expand(Event event, long count) throws Invalid {
            nodes += count;
            if (nodes > ValueLimits.MAX_ELEMENTS) {
                throw at(
                        event,
                        "document contains excessive aliasing (more than " + ValueLimits.MAX_ELEMENTS
                                + " nodes once aliases are expanded)");
            }
        }
    }

    /** libyaml (as cty-yaml uses it) tags quoted scalars without an explicit tag as strings. */
    private static String tagOf(ScalarEvent scalar) {
        String tag = scalar.getTag().orElse("");
        if (tag.isEmpty() && scalar.getScalarStyle() != ScalarStyle.PLAIN) {
            return TAG + "str";
        }
        return tag;
    }

    private static final Map<String, Value> RESOLVE = new HashMap<>();

    static {
        for (String s : List.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON")) {
            RESOLVE.put(s, Value.TRUE);
        }
        for (String s : List.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF")) {
            RESOLVE.put(s, Value.FALSE);
        }
        for (String s : List.of("", "~", "null", "Null", "NULL")) {
            RESOLVE.put(s, Value.nullOf(Type.ANY));
        }
    }

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final String INFINITIES = ".inf .Inf .INF +.inf +.Inf +.INF -.inf -.Inf -.INF";

    /** cty-yaml's {@code resolveScalar}. */
    static Value resolve(String tag, String src) throws Invalid {
        List<String> resolvable = List.of(
                "",
                TAG + "str",
                TAG + "bool",
                TAG + "int",
                TAG + "float",
                TAG + "null",
                TAG + "timestamp",
                TAG + "binary");
        if (!resolvable.contains(tag)) {
            throw new Invalid("unsupported tag " + GoTime.quote(tag));
        }
        char hint = src.isEmpty() ? 'N' : hint(src.charAt(0));
        boolean textual = tag.equals(TAG + "str") || tag.equals(TAG + "binary");
        if (hint != 0 && !textual) {
            Value known = RESOLVE.get(src);
            if (known != null) {
                return known;
            }
            if (List.of(INFINITIES.split(" ")).contains(src)) {
                // cty has infinities; kiln's exact numbers cannot hold one.
                throw new Invalid("floating point infinity is not supported");
            }
            if (src.equals(".nan") || src.equals(".NaN") || src.equals(".NAN")) {
                throw new Invalid("floating point NaN is not supported");
            }
            if (hint == '.') {
                if (DECIMAL.matcher(src).matches()) {
                    return Value.number(new BigDecimal(src));
                }
            } else if (hint == 'D' || hint == 'S') {
                if (tag.isEmpty() || tag.equals(TAG + "timestamp")) {
                    String timestamp = timestamp(src);
                    if (timestamp != null) {
                        return Value.string(timestamp);
                    }
                }
                String plain = src.replace("_", "");
                if (DECIMAL.matcher(plain).matches()) {
                    return Value.number(new BigDecimal(plain));
                }
                if (plain.startsWith("0b") || plain.startsWith("-0b")) {
                    tag = TAG + "int";
                }
            }
        }
        switch (tag.isEmpty() ? "" : tag.substring(TAG.length())) {
            case "str":
                return Value.string(src);
            case "binary":
                try {
                    GoBase64.decode(src.getBytes(StandardCharsets.UTF_8));
                } catch (GoBase64.CorruptInput e) {
                    throw new Invalid("cannot parse " + GoTime.quote(src) + " as " + tag + ": not valid base64");
                }
                return Value.string(src);
            case "bool":
                Value bool = RESOLVE.get(src);
                if (!(bool instanceof BoolValue)) {
                    throw new Invalid("cannot parse " + GoTime.quote(src) + " as " + tag);
                }
                return bool;
            case "float":
            case "int":
                String plain = src.replace("_", "");
                if (DECIMAL.matcher(plain).matches()) {
                    return Value.number(new BigDecimal(plain));
                }
                BigInteger integer = goParseInt(plain);
                if (integer != null) {
                    return Value.number(new BigDecimal(integer));
                }
                throw new Invalid("cannot parse " + GoTime.quote(src) + " as " + tag);
            case "timestamp":
                String timestamp = timestamp(src);
                if (timestamp == null) {
                    throw new Invalid("cannot parse " + GoTime.quote(src) + " as " + tag);
                }
                return Value.string(timestamp);
            case "null":
                return Value.nullOf(Type.ANY);
            default:
                return Value.string(src);
        }
    }

    private static char hint(char c) {
        if (c == '+' || c == '-') {
            return 'S';
        }
        if (c >= '0' && c <= '9') {
            return 'D';
        }
        if ("yYnNtTfFoO~".indexOf(c) >= 0) {
            return 'M';
        }
        return c == '.' ? '.' : 0;
    }

    /** strconv.ParseInt/ParseUint with base 0 (0x, 0o, 0b, leading-0 octal), 64-bit range. */
    private static BigInteger goParseInt(String s) {
        boolean negative = s.startsWith("-");
        String body = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        int radix = 10;
        if (body.startsWith("0x") || body.startsWith("0X")) {
            radix = 16;
            body = body.substring(2);
        } else if (body.startsWith("0o") || body.startsWith("0O")) {
            radix = 8;
            body = body.substring(2);
        } else if (body.startsWith("0b") || body.startsWith("0B")) {
            radix = 2;
            body = body.substring(2);
        } else if (body.startsWith("0") && body.length() > 1) {
            radix = 8;
            body = body.substring(1);
        }
        if (body.isEmpty() || body.startsWith("+") || body.startsWith("-")) {
            return null;
        }
        try {
            BigInteger value = new BigInteger(body, radix);
            value = negative ? value.negate() : value;
            boolean fits = value.bitLength() < 64 || (!negative && value.bitLength() == 64);
            return fits ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:([Tt])(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})"
                    + "|( )(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:\\.\\d+)?)?");

    /** cty-yaml's timestamp forms, written back in RFC 3339 (fractions dropped); else null. */
    private static String timestamp(String s) {
        Matcher m = TIMESTAMP.matcher(s);
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            OffsetDateTime t;
            if (m.group(4) != null) {
                ZoneOffset offset = m.group(8).equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(m.group(8));
                t = date.atTime(
                                Integer.parseInt(m.group(5)),
                                Integer.parseInt(m.group(6)),
                                Integer.parseInt(m.group(7)))
                        .atOffset(offset);
            } else if (m.group(9) != null) {
                t = date.atTime(
                                Integer.parseInt(m.group(10)),
                                Integer.parseInt(m.group(11)),
                                Integer.parseInt(m.group(12)))
                        .atOffset(ZoneOffset.UTC);
            } else {
                t = date.atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            return GoTime.rfc3339(t);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    // ---- encoding ----

    /** cty-yaml's {@code Marshal} of a wholly known value. */
    static String encode(Value value) {
        Emitter emitter = new Emitter();
        emitter.root(value.unmarkDeep());
        return emitter.out.toString();
    }

    /** The subset of libyaml's emitter that cty-yaml's events reach. */
    private static final class Emitter {
        final StringBuilder out = new StringBuilder();
        boolean openEnded;
        static final int BEST_WIDTH = 80;

        void root(Value v) {
            if (isBlockCollection(v)) {
                block(v, 0, false);
            } else {
                scalar(v, 2, true, false);
                out.append('\n');
            }
            if (openEnded) {
                out.append("...\n");
            }
        }

        void block(Value v, int indent, boolean inline) {
            if (isSequence(v)) {
                boolean first = true;
                for (Value item : elements(v)) {
                    if (!(first && inline)) {
                        spaces(indent);
                    }
                    first = false;
                    out.append("- ");
                    openEnded = false;
                    child(item, indent + 2, true);
                }
            } else {
                boolean first = true;
                for (Map.Entry<String, Value> entry : entries(v).entrySet()) {
                    if (!(first && inline)) {
                        spaces(indent);
                    }
                    first = false;
                    String key = entry.getKey();
                    boolean simple = key.getBytes(StandardCharsets.UTF_8).length <= 128 && !hasBreak(key);
                    if (simple) {
                        doubleQuoted(key, indent + 2, false);
                        out.append(':');
                    } else {
                        out.append("? ");
                        scalar(Value.string(key), indent + 2, false, false);
                        out.append('\n');
                        spaces(indent);
                        out.append(':');
                    }
                    openEnded = false;
                    Value value = entry.getValue();
                    if (isBlockCollection(value)) {
                        out.append('\n');
                        // Sequences in mappings are not indented, as libyaml emits them.
                        block(value, isSequence(value) ? indent : indent + 2, false);
                    } else {
                        out.append(' ');
                        scalar(value, indent + 2, false, false);
                        out.append('\n');
                    }
                }
            }
        }

        void child(Value item, int indent, boolean inline) {
            if (isBlockCollection(item)) {
                block(item, indent, inline);
            } else {
                scalar(item, indent, false, false);
                out.append('\n');
            }
        }

        void spaces(int n) {
            out.append(" ".repeat(n));
        }

        void scalar(Value v, int indent, boolean root, boolean key) {
            if (v.isNull()) {
                out.append("null");
                openEnded = root;
            } else if (v instanceof BoolValue) {
                out.append(((BoolValue) v).value());
                openEnded = root;
            } else if (v instanceof NumberValue) {
                out.append(((NumberValue) v).text());
                openEnded = root;
            } else if (v instanceof StringValue) {
                String s = ((StringValue) v).value();
                // libyaml would also use a literal block for NEL, LS and PS breaks; kiln quotes those
                // strings instead, because YAML parsers disagree on such blocks.
                if (hasBreak(s) && blockAllowed(s) && s.codePoints().allMatch(c -> c == '\n' || !isBreak(c))) {
                    literal(s, indent);
                } else {
                    doubleQuoted(s, indent, !key);
                }
            } else if (isSequence(v)) {
                out.append("[]");
                openEnded = false;
            } else {
                out.append("{}");
                openEnded = false;
            }
        }

        void literal(String s, int indent) {
            out.append('|');
            int[] cps = s.codePoints().toArray();
            if (isSpace(cps[0]) || isBreak(cps[0])) {
                out.append('2');
            }
            openEnded = false;
            int last = cps[cps.length - 1];
            if (!isBreak(last)) {
                out.append('-');
            } else if (cps.length == 1 || isBreak(cps[cps.length - 2])) {
                out.append('+');
                openEnded = true;
            }
            out.append('\n');
            boolean breaks = true;
            for (int c : cps) {
                if (isBreak(c)) {
                    // libyaml writes a line feed as the line break and copies other breaks as they are.
                    out.appendCodePoint(c);
                    breaks = true;
                } else {
                    if (breaks) {
                        spaces(indent);
                        breaks = false;
                    }
                    out.appendCodePoint(c);
                }
            }
            if (!breaks) {
                out.append('\n');
            }
            // The caller adds the newline that ends the node; a literal already ended its line.
            out.setLength(out.length() - 1);
        }

        void doubleQuoted(String s, int indent, boolean allowBreaks) {
            out.append('"');
            openEnded = false;
            int[] cps = s.codePoints().toArray();
            boolean spaces = false;
            for (int i = 0; i < cps.length; i++) {
                int c = cps[i];
                if (!printable(c) || c == 0xFEFF || isBreak(c) || c == '"' || c == '\\') {
                    out.append(escape(c));
                    spaces = false;
                } else if (c == ' ') {
                    if (allowBreaks && !spaces && column() > BEST_WIDTH && i > 0 && i < cps.length - 1) {
                        out.append('\n');
                        spaces(indent);
                        if (cps[i + 1] == ' ') {
                            out.append('\\');
                        }
                    } else {
                        out.append(' ');
                    }
                    spaces = true;
                } else {
                    out.appendCodePoint(c);
                    spaces = false;
                }
            }
            out.append('"');
        }

        int column() {
            int start = out.lastIndexOf("\n") + 1;
            return out.codePointCount(start, out.length());
        }
    }

    private static String escape(int c) {
        switch (c) {
            case 0:
                return "\\0";
            case 0x07:
                return "\\a";
            case '\b':
                return "\\b";
            case '\t':
                return "\\t";
            case '\n':
                return "\\n";
            case 0x0B:
                return "\\v";
            case '\f':
                return "\\f";
            case '\r':
                return "\\r";
            case 0x1B:
                return "\\e";
            case '"':
                return "\\\"";
            case '\\':
                return "\\\\";
            case 0x85:
                return "\\N";
            case 0xA0:
                return "\\_";
            // libyaml writes \L and \P here, but SnakeYAML Engine (our yamldecode) does not read them
            // back; \u2028 and \u2029 mean the same in YAML and round-trip.
            default:
                if (c <= 0xFF) {
                    return String.format("\\x%02X", c);
                }
                if (c <= 0xFFFF) {
                    return String.format("\\u%04X", c);
                }
                return String.format("\\U%08X", c);
        }
    }

    /** libyaml's is_printable, which also rejects every four-byte (non-BMP) character. */
    private static boolean printable(int c) {
        return c == 0x0A
                || (c >= 0x20 && c <= 0x7E)
                || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
    }

    private static boolean isBreak(int c) {
        return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    private static boolean isSpace(int c) {
        return c == ' ';
    }

    private static boolean hasBreak(String s) {
        return s.codePoints().anyMatch(YamlCodec::isBreak);
    }

    /** libyaml's analysis: no trailing space, no space before a break, nothing unprintable. */
    private static boolean blockAllowed(String s) {
        int[] cps = s.codePoints().toArray();
        boolean previousSpace = false;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (!printable(c)) {
                return false;
            }
            if (isSpace(c)) {
                if (i == cps.length - 1) {
                    return false;
                }
                previousSpace = true;
            } else if (isBreak(c)) {
                if (previousSpace) {
                    return false;
                }
                previousSpace = false;
            } else {
                previousSpace = false;
            }
        }
        return true;
    }

    private static boolean isSequence(Value v) {
        return v instanceof ListValue || v instanceof SetValue || v instanceof TupleValue;
    }

    private static boolean isBlockCollection(Value v) {
        if (v.isNull()) {
            return false;
        }
        if (isSequence(v)) {
            return !elements(v).isEmpty();
        }
        return (v instanceof MapValue || v instanceof ObjectValue)
                && !entries(v).isEmpty();
    }

    private static List<Value> elements(Value v) {
        if (v instanceof ListValue) {
            return ((ListValue) v).elements();
        }
        if (v instanceof SetValue) {
            return ((SetValue) v).elements();
        }
        return ((TupleValue) v).elements();
    }

    private static Map<String, Value> entries(Value v) {
        // Already in code point order, which is Go's byte order for UTF-8 keys.
        return v instanceof MapValue ? ((MapValue) v).entries() : ((ObjectValue) v).attributes();
    }
}
