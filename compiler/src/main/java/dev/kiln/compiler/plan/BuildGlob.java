package dev.kiln.compiler.plan;

import java.util.regex.Pattern;

/**
 * A {@code -only}/{@code -except} pattern with gobwas/glob semantics as Packer compiles it (no
 * separators): {@code *} matches any text, dots included; {@code ?} one character; {@code [abc]},
 * {@code [a-z]}, {@code [!a]} character classes; {@code {a,b}} alternatives; {@code \} escapes.
 */
public record BuildGlob(String text, Pattern pattern) {

    /** Compiles {@code text}; an exception's message says why it is not a pattern. */
    public static BuildGlob compile(String text) {
        StringBuilder regex = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                case '\\' -> {
                    if (++i >= text.length()) throw new IllegalArgumentException("unexpected end of input");
                    regex.append(Pattern.quote(String.valueOf(text.charAt(i))));
                }
                case '[' -> {
                    int close = text.indexOf(']', i + 1);
                    if (close < 0) throw new IllegalArgumentException("unexpected end of input");
                    String body = text.substring(i + 1, close);
                    boolean not = body.startsWith("!");
                    if (not) body = body.substring(1);
                    if (body.isEmpty()) throw new IllegalArgumentException("unexpected length of lo character");
                    regex.append(not ? "[^" : "[")
                            .append(body.replace("\\", "\\\\").replace("[", "\\["))
                            .append(']');
                    i = close;
                }
                case '{' -> {
                    depth++;
                    regex.append("(?:");
                }
                case '}' -> {
                    if (depth == 0) throw new IllegalArgumentException("syntax error: unexpected '}'");
                    depth--;
                    regex.append(')');
                }
                case ',' -> regex.append(depth > 0 ? "|" : ",");
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (depth > 0) throw new IllegalArgumentException("unexpected end of input");
        return new BuildGlob(text, Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    /** Whether the whole of {@code name} matches. */
    public boolean matches(String name) {
        return pattern.matcher(name).matches();
    }
}
