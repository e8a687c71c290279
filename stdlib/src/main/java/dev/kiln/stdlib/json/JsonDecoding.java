package dev.kiln.stdlib.json;

import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text into a value with the types cty implies ({@code json.ImpliedType}): objects
 * become objects, arrays become tuples, numbers are exact, {@code null} is a null of {@code any}.
 * Error messages follow Go's {@code encoding/json}.
 */
public final class JsonDecoding {

    /**
     * Objects and arrays nested deeper than this are refused (Go's decoder stops at 10,000):
     * every walk of a value recurses once per level, and kiln's expressions nest at most 500 deep.
     */
    public static final int MAX_DEPTH = 500;

    private final String text;
    private int position;
    private int depth;

    private JsonDecoding(String text) {
        this.text = text;
    }

    /** The outcome of decoding: a value or a syntax error. */
    public sealed interface Result {
        /** Decoded successfully. */
        record Decoded(Value value) implements Result {}

        /** The text is not valid JSON; the message is worded as Go's decoder words it. */
        record Invalid(String message) implements Result {}
    }

    /** Decodes one JSON value, which must be the whole of {@code text} apart from whitespace. */
    public static Result decode(String text) {
        JsonDecoding decoder = new JsonDecoding(text);
        try {
            decoder.skipWhitespace();
            if (decoder.atEnd()) {
                return new Result.Invalid("EOF");
            }
            Value value = decoder.readValue();
            decoder.skipWhitespace();
            if (!decoder.atEnd()) {
                return new Result.Invalid("extraneous data after JSON object");
            }
            return new Result.Decoded(value);
        } catch (SyntaxError e) {
            return new Result.Invalid(e.getMessage());
        }
    }

    /** Signals a syntax error while reading; caught in {@link #decode}. */
    private static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    private Value readValue() throws SyntaxError {
        skipWhitespace();
        char c = peek("beginning of value");
        switch (c) {
            case '{':
                return readObject();
            case '[':
                return readArray();
            case '"':
                return Value.string(readString());
            case 't':
                readLiteral("true");
                return Value.TRUE;
            case 'f':
                readLiteral("false");
                return Value.FALSE;
            case 'n':
                readLiteral("null");
                return Value.nullOf(Type.ANY);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return readNumber();
                }
                throw invalid(c, "looking for beginning of value");
        }
    }

    /** Enters an object or array, refusing one nested too deep. */
    private void enter() throws SyntaxError {
        if (++depth > MAX_DEPTH) {
            throw new SyntaxError(
                    "exceeded max depth: objects and arrays may be nested at most " + MAX_DEPTH + " levels");
        }
    }

    private Value readObject() throws SyntaxError {
        enter();
        position++;
        Map<String, Value> attributes = new HashMap<>();
        skipWhitespace();
        if (peek("object key") == '}') {
            position++;
            depth--;
            return Value.object(attributes);
        }
        while (true) {
            skipWhitespace();
            char c = peek("object key");
            if (c != '"') {
                throw invalid(c, "looking for beginning of object key string");
            }
            String key = readString();
            skipWhitespace();
            c = peek("object key");
            if (c != ':') {
                throw invalid(c, "after object key");
            }
            position++;
            Value value = readValue();
            if (attributes.put(key, value) != null) {
                throw new SyntaxError("duplicate \"" + key + "\" property in JSON object");
            }
            skipWhitespace();
            c = peek("object key:value pair");
            position++;
            if (c == '}') {
                depth--;
                return Value.object(attributes);
            }
            if (c != ',') {
                position--;
                throw invalid(c, "after object key:value pair");
            }
        }
    }

    private Value readArray() throws SyntaxError {
        enter();
        position++;
        List<Value> elements = new ArrayList<>();
        skipWhitespace();
        if (peek("array element") == ']') {
            position++;
            depth--;
            return Value.tuple(elements);
        }
        while (true) {
            elements.add(readValue());
            skipWhitespace();
            char c = peek("array element");
            position++;
            if (c == ']') {
                depth--;
                return Value.tuple(elements);
            }
            if (c != ',') {
                position--;
                throw invalid(c, "after array element");
            }
        }
    }

    private String readString() throws SyntaxError {
        position++;
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = peek("string literal");
            position++;
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                position--;
                throw invalid(c, "in string literal");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escape = peek("string escape code");
            position++;
            switch (escape) {
                case '"':
                case '\\':
                case '/':
                    out.append(escape);
                    break;
                case 'b':
                    out.append('\b');
                    break;
                case 'f':
                    out.append('\f');
                    break;
                case 'n':
                    out.append('\n');
                    break;
                case 'r':
                    out.append('\r');
                    break;
                case 't':
                    out.append('\t');
                    break;
                case 'u':
                    if (position + 4 > text.length()) {
                        throw new SyntaxError("unexpected EOF");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    } catch (NumberFormatException e) {
                        throw new SyntaxError("invalid character in \\u hexadecimal character escape");
                    }
                    position += 4;
                    break;
                default:
                    position--;
                    throw invalid(escape, "in string escape code");
            }
        }
    }

    private Value readNumber() throws SyntaxError {
        int start = position;
        if (text.charAt(position) == '-') {
            position++;
        }
        char first = peek("number");
        if (first == '0') {
            position++;
        } else if (first >= '1' && first <= '9') {
            digits();
        } else {
            throw invalid(first, "in numeric literal");
        }
        if (position < text.length() && text.charAt(position) == '.') {
            position++;
            requireDigit();
            digits();
        }
        if (position < text.length() && (text.charAt(position) == 'e' || text.charAt(position) == 'E')) {
            position++;
            if (position < text.length() && (text.charAt(position) == '+' || text.charAt(position) == '-')) {
                position++;
            }
            requireDigit();
            digits();
        }
        return Value.number(new BigDecimal(text.substring(start, position)));
    }

    private void requireDigit() throws SyntaxError {
        char c = peek("number");
        if (c < '0' || c > '9') {
            throw invalid(c, "in numeric literal");
        }
    }

    private void digits() {
        while (position < text.length() && Character.isDigit(text.charAt(position)) && text.charAt(position) < 0x80) {
            position++;
        }
    }

    private void readLiteral(String literal) throws SyntaxError {
        for (int i = 0; i < literal.length(); i++) {
            char c = peek("literal " + literal);
            if (c != literal.charAt(i)) {
                throw invalid(c, "in literal " + literal + " (expecting '" + literal.charAt(i) + "')");
            }
            position++;
        }
    }

    private char peek(String context) throws SyntaxError {
        if (atEnd()) {
            throw new SyntaxError("unexpected EOF");
        }
        return text.charAt(position);
    }

    private boolean atEnd() {
        return position >= text.length();
    }

    private void skipWhitespace() {
        while (!atEnd()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    private static SyntaxError invalid(char c, String context) {
        String shown = c == '\''
                ? "'\\''"
                : c == '"' ? "'\"'" : c < 0x20 ? String.format("'\\x%02x'", (int) c) : "'" + c + "'";
        return new SyntaxError("invalid character " + shown + " " + context);
    }
}
