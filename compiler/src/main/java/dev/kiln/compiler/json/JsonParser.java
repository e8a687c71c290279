package dev.kiln.compiler.json;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.DiagnosticKind;
import dev.kiln.compiler.json.JsonValue.JsonArray;
import dev.kiln.compiler.json.JsonValue.JsonBool;
import dev.kiln.compiler.json.JsonValue.JsonInvalid;
import dev.kiln.compiler.json.JsonValue.JsonNull;
import dev.kiln.compiler.json.JsonValue.JsonNumber;
import dev.kiln.compiler.json.JsonValue.JsonObject;
import dev.kiln.compiler.json.JsonValue.JsonProperty;
import dev.kiln.compiler.json.JsonValue.JsonString;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.compiler.syntax.NestingLimit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent JSON parser that keeps the position of everything, for HCL's JSON syntax
 * ({@code *.pkr.json}). Never throws on bad input: the first syntax error is reported (JSON has no
 * reliable way to resynchronise) and the value read so far is returned.
 */
public final class JsonParser {

    private final SourceFile file;
    private final String text;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int pos;
    private int depth;
    private boolean failed;

    private JsonParser(SourceFile file) {
        this.file = file;
        this.text = file.text();
    }

    /** Parses a whole file, which must hold exactly one JSON value. */
    public static JsonParseResult parse(SourceFile file) {
        JsonParser parser = new JsonParser(file);
        JsonValue root = parser.value();
        parser.skipSpace();
        if (!parser.failed && parser.pos < parser.text.length()) {
            parser.error(
                    JsonDiagnostics.EXTRANEOUS_DATA_AFTER_VALUE,
                    "Extra characters appear after the JSON value.",
                    parser.pos,
                    parser.pos + 1);
        }
        return new JsonParseResult(file, root, parser.diagnostics);
    }

    private JsonValue value() {
        skipSpace();
        if (pos >= text.length()) {
            error(
                    JsonDiagnostics.MISSING_JSON_VALUE,
                    "A JSON value must start with a brace, a bracket, a number, a string, true, false or null.",
                    pos,
                    pos);
            return new JsonInvalid(file.range(pos, pos));
        }
        if (depth >= NestingLimit.MAX_DEPTH) {
            error(
                    JsonDiagnostics.NESTING_TOO_DEEP,
                    "JSON objects and arrays are nested more than " + NestingLimit.MAX_DEPTH + " levels deep here.",
                    pos,
                    pos + 1);
            return new JsonInvalid(file.range(pos, pos + 1));
        }
        char c = text.charAt(pos);
        if (c == '{') return object();
        if (c == '[') return array();
        if (c == '"') return string();
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        if (Character.isLetter(c)) return keyword();
        error(
                JsonDiagnostics.INVALID_JSON_VALUE,
                "A JSON value must start with a brace, a bracket, a number, a string, true, false or null.",
                pos,
                pos + Character.charCount(text.codePointAt(pos)));
        return new JsonInvalid(file.range(pos, pos + 1));
    }

    private JsonValue object() {
        int start = pos++;
        depth++;
        List<JsonProperty> properties = new ArrayList<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            depth--;
            return new JsonObject(
                    properties, file.range(start, start + 1), file.range(pos - 1, pos), file.range(start, pos));
        }
        while (!failed) {
            skipSpace();
            if (peek() != '"') {
                error(
                        JsonDiagnostics.INVALID_JSON_OBJECT_PROPERTY_NAME,
                        "A JSON object property name must be a string in double quotes.",
                        pos,
                        Math.min(pos + 1, text.length()));
                break;
            }
            JsonString name = string();
            if (failed) break;
            skipSpace();
            if (peek() != ':') {
                String detail = peek() == '='
                        ? "JSON uses a colon as its name/value delimiter, not an equals sign."
                        : "A colon must appear between an object property's name and its value.";
                error(JsonDiagnostics.MISSING_PROPERTY_VALUE_COLON, detail, pos, Math.min(pos + 1, text.length()));
                break;
            }
            int colon = pos++;
            JsonValue value = value();
            properties.add(new JsonProperty(name.value(), name.range(), file.range(colon, colon + 1), value));
            if (failed) break;
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
                skipSpace();
                if (peek() == '}') {
                    error(
                            JsonDiagnostics.TRAILING_COMMA_IN_OBJECT,
                            "JSON does not permit a trailing comma after the last property of an object.",
                            pos - 1,
                            pos);
                    break;
                }
                continue;
            }
            if (c == '}') {
                pos++;
                depth--;
                return new JsonObject(
                        properties, file.range(start, start + 1), file.range(pos - 1, pos), file.range(start, pos));
            }
            error(
                    JsonDiagnostics.MISSING_ATTRIBUTE_SEPERATOR_COMMA,
                    "A comma must appear between each property definition in an object.",
                    pos,
                    Math.min(pos + 1, text.length()));
        }
        depth--;
        int end = Math.min(pos, text.length());
        return new JsonObject(properties, file.range(start, start + 1), file.range(end, end), file.range(start, end));
    }

    private JsonValue array() {
        int start = pos++;
        depth++;
        List<JsonValue> values = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            depth--;
            return new JsonArray(values, file.range(start, start + 1), file.range(start, pos));
        }
        while (!failed) {
            values.add(value());
            if (failed) break;
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
                skipSpace();
                if (peek() == ']') {
                    error(
                            JsonDiagnostics.TRAILING_COMMA_IN_ARRAY,
                            "JSON does not permit a trailing comma after the last value of an array.",
                            pos - 1,
                            pos);
                    break;
                }
                continue;
            }
            if (c == ']') {
                pos++;
                depth--;
                return new JsonArray(values, file.range(start, start + 1), file.range(start, pos));
            }
            error(
                    JsonDiagnostics.MISSING_ARRAY_ELEMENT_SEPARATOR,
                    "A comma must appear between each value in an array.",
                    pos,
                    Math.min(pos + 1, text.length()));
        }
        depth--;
        return new JsonArray(values, file.range(start, start + 1), file.range(start, Math.min(pos, text.length())));
    }

    private JsonString string() {
        int start = pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return new JsonString(sb.toString(), file.range(start, pos));
            }
            if (c == '\n') break;
            if (c < 0x20) {
                error(
                        JsonDiagnostics.INVALID_CHARACTER_IN_STRING,
                        "Control characters must be escaped in JSON strings.",
                        pos,
                        pos + 1);
                return new JsonString(sb.toString(), file.range(start, pos));
            }
            if (c == '\\') {
                if (!escape(sb)) return new JsonString(sb.toString(), file.range(start, pos));
                continue;
            }
            sb.append(c);
            pos++;
        }
        error(
                JsonDiagnostics.UNTERMINATED_STRING,
                "A JSON string must end with a double quote on the same line.",
                start,
                start + 1);
        return new JsonString(sb.toString(), file.range(start, pos));
    }

    private boolean escape(StringBuilder sb) {
        int start = pos;
        pos++;
        if (pos >= text.length()) {
            error(
                    JsonDiagnostics.INVALID_ESCAPE_SEQUENCE,
                    "A backslash must be followed by an escape character.",
                    start,
                    pos);
            return false;
        }
        char e = text.charAt(pos++);
        switch (e) {
            case '"' -> sb.append('"');
            case '\\' -> sb.append('\\');
            case '/' -> sb.append('/');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'u' -> {
                if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
                    error(
                            JsonDiagnostics.INVALID_ESCAPE_SEQUENCE,
                            "\\u must be followed by four hexadecimal digits.",
                            start,
                            Math.min(pos, text.length()));
                    return false;
                }
                sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                pos += 4;
            }
            default -> {
                error(
                        JsonDiagnostics.INVALID_ESCAPE_SEQUENCE,
                        "The escape \\" + e + " is not valid in JSON.",
                        start,
                        pos);
                return false;
            }
        }
        return true;
    }

    private JsonValue number() {
        int start = pos;
        if (peek() == '-') pos++;
        int digits = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
        boolean ok = pos > digits && !(text.charAt(digits) == '0' && pos - digits > 1);
        if (ok && peek() == '.') {
            pos++;
            int fraction = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
            ok = pos > fraction;
        }
        if (ok && (peek() == 'e' || peek() == 'E')) {
            pos++;
            if (peek() == '+' || peek() == '-') pos++;
            int exponent = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
            ok = pos > exponent;
        }
        if (!ok) {
            error(
                    JsonDiagnostics.INVALID_JSON_NUMBER,
                    "This is not a valid JSON number.",
                    start,
                    Math.max(pos, start + 1));
            return new JsonInvalid(file.range(start, pos));
        }
        try {
            return new JsonNumber(new BigDecimal(text.substring(start, pos)), file.range(start, pos));
        } catch (NumberFormatException | ArithmeticException e) {
            error(JsonDiagnostics.INVALID_JSON_NUMBER, "This number is out of range.", start, pos);
            return new JsonInvalid(file.range(start, pos));
        }
    }

    private JsonValue keyword() {
        int start = pos;
        while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) pos++;
        String word = text.substring(start, pos);
        SourceRange range = file.range(start, pos);
        switch (word) {
            case "true":
                return new JsonBool(true, range);
            case "false":
                return new JsonBool(false, range);
            case "null":
                return new JsonNull(range);
            default:
                error(
                        JsonDiagnostics.INVALID_JSON_KEYWORD,
                        "The keyword \"" + word + "\" is not valid in JSON. Use true, false or null,"
                                + " or put a string in double quotes.",
                        start,
                        pos);
                return new JsonInvalid(range);
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
            pos++;
        }
    }

    private void error(DiagnosticKind kind, String detail, int start, int end) {
        if (failed) return;
        failed = true;
        diagnostics.add(kind.error(detail, file.range(start, Math.min(Math.max(end, start), text.length()))));
    }
}
