package dev.kiln.compiler.render;

/** Writes a template value as compact JSON: what the {@code json} filter prints. */
public final class JsonLiteral {

    private static final LiteralWriter WRITER = new LiteralWriter("JSON", ":", ",", JsonLiteral::quote);

    private JsonLiteral() {}

    /** The JSON text for {@code value}; throws {@link IllegalArgumentException} for values JSON cannot hold. */
    public static String of(Object value) {
        return WRITER.write(value);
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
