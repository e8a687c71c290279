package dev.kiln.cli.report;

/** A minimal streaming JSON writer: enough for kiln's reports, with correct string escaping. */
final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    private final String indentUnit;
    private int depth;
    /** Whether the current container already holds a member, so the next needs a comma. */
    private boolean needsComma;
    /** Whether a member name was just written, so the value follows on the same line. */
    private boolean afterName;

    JsonWriter(boolean pretty) {
        this.indentUnit = pretty ? "  " : null;
    }

    JsonWriter beginObject() {
        return open('{');
    }

    JsonWriter endObject() {
        return close('}');
    }

    JsonWriter beginArray() {
        return open('[');
    }

    JsonWriter endArray() {
        return close(']');
    }

    /** Starts a member of the current object; the value follows. */
    JsonWriter name(String name) {
        separate();
        string(name);
        out.append(indentUnit == null ? ":" : ": ");
        needsComma = false;
        afterName = true;
        return this;
    }

    JsonWriter value(String value) {
        separate();
        if (value == null) out.append("null");
        else string(value);
        needsComma = true;
        return this;
    }

    JsonWriter value(long value) {
        separate();
        out.append(value);
        needsComma = true;
        return this;
    }

    /** A number written as its exact decimal text. */
    JsonWriter number(String text) {
        separate();
        out.append(text);
        needsComma = true;
        return this;
    }

    JsonWriter value(boolean value) {
        separate();
        out.append(value);
        needsComma = true;
        return this;
    }

    JsonWriter nullValue() {
        separate();
        out.append("null");
        needsComma = true;
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private JsonWriter open(char bracket) {
        separate();
        out.append(bracket);
        depth++;
        needsComma = false;
        return this;
    }

    private JsonWriter close(char bracket) {
        depth--;
        if (needsComma) newline();
        out.append(bracket);
        needsComma = true;
        return this;
    }

    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (needsComma) out.append(',');
        if (depth > 0) newline();
    }

    private void newline() {
        if (indentUnit == null) return;
        out.append('\n');
        out.append(indentUnit.repeat(depth));
    }

    private void string(String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }
}
