package dev.kiln.compiler.render;

/**
 * Writes a template value as compact JSON: what the {@code json} filter prints. HCL's JSON syntax
 * reads the strings of a configuration file ({@code .pkr.json}) as templates, so there
 * {@code ${} and {@code %{} are written {@code $${} and {@code %%{}, as HCL reads them back;
 * elsewhere (var files, {@code | json | hcl}) the JSON text is data and written as it is.
 */
public final class JsonLiteral {

    private static final LiteralWriter PLAIN = new LiteralWriter("JSON", ":", ",", (out, s) -> quote(out, s, false));
    private static final LiteralWriter TEMPLATES = new LiteralWriter("JSON", ":", ",", (out, s) -> quote(out, s, true));

    private JsonLiteral() {}

    /** The JSON text for {@code value}; throws {@link IllegalArgumentException} for values JSON cannot hold. */
    public static String of(Object value) {
        return PLAIN.write(value);
    }

    /** The JSON text for {@code value} where strings are templates: {@code ${} and {@code %{} escaped. */
    public static String ofTemplates(Object value) {
        return TEMPLATES.write(value);
    }

    private static void quote(StringBuilder out, String s, boolean templates) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$', '%' -> {
                    out.append(c);
                    if (templates && i + 1 < s.length() && s.charAt(i + 1) == '{') out.append(c);
                }
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
