package dev.kiln.compiler.render;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.DiagnosticKind;
import dev.kiln.compiler.source.SourceFile;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON parameter file into plain Java values (maps, lists, strings, numbers, booleans,
 * null), as templates see them. Accepts {@code //} and {@code /* *}{@code /} comments, because
 * people annotate parameter files; a syntax error is a diagnostic at its line and column.
 *
 * <p>A small parser of its own rather than the stdlib's cty decoding: templates want Java maps and
 * lists, and comments are not JSON.
 */
public final class ParamsJson {

    /** What reading a file gives: the value (null on error) and at most one diagnostic. */
    public record Result(Object value, Diagnostic error) {}

    /** Thrown internally to unwind on the first syntax error; never escapes. */
    private static final class Failure extends RuntimeException {
        final Diagnostic diagnostic;

        Failure(Diagnostic diagnostic) {
            super(diagnostic.summary(), null, false, false);
            this.diagnostic = diagnostic;
        }
    }

    /** Documents deeper than this are refused rather than risking the stack. */
    private static final int MAX_DEPTH = 500;

    private final SourceFile file;
    private final String text;
    private int pos;

    private ParamsJson(SourceFile file) {
        this.file = file;
        this.text = file.text();
    }

    /** Parses the whole of {@code file} as one JSON value. */
    public static Result parse(SourceFile file) {
        ParamsJson parser = new ParamsJson(file);
        try {
            parser.skipSpace();
            Object value = parser.value(0);
            parser.skipSpace();
            if (parser.pos < parser.text.length())
                throw parser.fail(
                        RenderDiagnostics.EXTRA_CHARACTERS_AFTER_JSON_VALUE,
                        "A parameter file holds exactly one JSON value; there is more text after it.");
            return new Result(value, null);
        } catch (Failure failure) {
            return new Result(null, failure.diagnostic);
        }
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH)
            throw fail(
                    RenderDiagnostics.JSON_NESTED_TOO_DEEPLY,
                    "Objects and arrays are nested more than " + MAX_DEPTH + " levels deep.");
        if (pos >= text.length())
            throw fail(RenderDiagnostics.MISSING_JSON_VALUE, "The file ends where a value was expected.");
        char c = text.charAt(pos);
        if (c == '{') return object(depth);
        if (c == '[') return array(depth);
        if (c == '"') return string();
        if (c == '-' || c >= '0' && c <= '9') return number();
        if (text.startsWith("true", pos)) return keyword("true", Boolean.TRUE);
        if (text.startsWith("false", pos)) return keyword("false", Boolean.FALSE);
        if (text.startsWith("null", pos)) return keyword("null", null);
        throw fail(
                RenderDiagnostics.INVALID_JSON_VALUE,
                "Expected an object, array, string, number, true, false or null here.");
    }

    private Object keyword(String word, Object value) {
        pos += word.length();
        return value;
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek('}')) {
            pos++;
            return map;
        }
        while (true) {
            skipSpace();
            if (!peek('"'))
                throw fail(RenderDiagnostics.INVALID_OBJECT_KEY, "Object keys must be strings in double quotes.");
            int keyStart = pos;
            String key = string();
            skipSpace();
            expect(':', RenderDiagnostics.MISSING_COLON, "An object key must be followed by a colon and a value.");
            skipSpace();
            if (map.containsKey(key)) {
                int at = pos;
                pos = keyStart;
                throw fail(
                        RenderDiagnostics.DUPLICATE_OBJECT_KEY,
                        "The key \"" + key + "\" appears twice in this object.",
                        at);
            }
            map.put(key, value(depth + 1));
            skipSpace();
            if (peek(',')) {
                pos++;
                continue;
            }
            expect(
                    '}',
                    RenderDiagnostics.MISSING_COMMA_OR_CLOSING_BRACE,
                    "Object items are separated by commas and the object ends with }.");
            return map;
        }
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek(']')) {
            pos++;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value(depth + 1));
            skipSpace();
            if (peek(',')) {
                pos++;
                continue;
            }
            expect(
                    ']',
                    RenderDiagnostics.MISSING_COMMA_OR_CLOSING_BRACKET,
                    "Array elements are separated by commas and the array ends with ].");
            return list;
        }
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        int start = pos;
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toString();
            }
            if (c == '\n' || c < 0x20)
                throw fail(
                        RenderDiagnostics.INVALID_STRING,
                        "Strings cannot contain line breaks or control characters; write \\n or \\u00XX.");
            if (c == '\\') {
                if (pos + 1 >= text.length()) break;
                char e = text.charAt(pos + 1);
                pos += 2;
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (pos + 4 > text.length()
                                || !text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
                            pos -= 2;
                            throw fail(
                                    RenderDiagnostics.INVALID_ESCAPE,
                                    "\\u must be followed by four hexadecimal digits.");
                        }
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> {
                        pos -= 2;
                        throw fail(
                                RenderDiagnostics.INVALID_ESCAPE,
                                "JSON strings allow the escapes \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.");
                    }
                }
                continue;
            }
            out.append(c);
            pos++;
        }
        pos = start;
        throw fail(RenderDiagnostics.UNTERMINATED_STRING, "This string has no closing double quote.");
    }

    private Object number() {
        int start = pos;
        if (peek('-')) pos++;
        int digits = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
        boolean integer = true;
        if (pos == digits || text.charAt(digits) == '0' && pos - digits > 1) {
            pos = start;
            throw fail(RenderDiagnostics.INVALID_NUMBER, "A JSON number has digits and no leading zeros.");
        }
        if (peek('.')) {
            integer = false;
            pos++;
            int fraction = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
            if (pos == fraction)
                throw fail(RenderDiagnostics.INVALID_NUMBER, "A decimal point must be followed by digits.");
        }
        if (peek('e') || peek('E')) {
            integer = false;
            pos++;
            if (peek('+') || peek('-')) pos++;
            int exponent = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
            if (pos == exponent) throw fail(RenderDiagnostics.INVALID_NUMBER, "An exponent must have digits.");
        }
        String literal = text.substring(start, pos);
        if (integer) {
            BigInteger big = new BigInteger(literal);
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        return new BigDecimal(literal);
    }

    /** Skips whitespace and comments. */
    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else if (text.startsWith("//", pos)) {
                while (pos < text.length() && text.charAt(pos) != '\n') pos++;
            } else if (text.startsWith("/*", pos)) {
                int end = text.indexOf("*/", pos + 2);
                if (end < 0) throw fail(RenderDiagnostics.UNTERMINATED_COMMENT, "This comment has no closing */.");
                pos = end + 2;
            } else {
                return;
            }
        }
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c, DiagnosticKind kind, String detail) {
        if (!peek(c)) throw fail(kind, detail);
        pos++;
    }

    private Failure fail(DiagnosticKind kind, String detail) {
        return fail(kind, detail, Math.min(pos + 1, text.length()));
    }

    private Failure fail(DiagnosticKind kind, String detail, int end) {
        int start = Math.min(pos, text.length());
        return new Failure(kind.error(detail, file.range(start, Math.max(start, end))));
    }
}
