package dev.kiln.compiler.render;

import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.tree.parse.TextToken;
import com.hubspot.jinjava.tree.parse.Token;
import com.hubspot.jinjava.tree.parse.TokenScanner;

/**
 * Puts {@link LineMarkers} into a template's literal text, using Jinjava's own token scanner so
 * that markers never land inside a tag, an expression or a comment. Newlines are kept where they
 * are, so Jinjava's line numbers stay those of the file.
 */
final class MarkedSource {

    private MarkedSource() {}

    /**
     * {@code source} with a marker before each newline of literal text; with {@code here} it also
     * starts with a marker naming line 1 (for included files, whose output lands mid-file).
     */
    static String mark(String source, int file, boolean here, JinjavaConfig config) {
        StringBuilder out = new StringBuilder(source.length() + source.length() / 8);
        if (here) out.append(LineMarkers.marker(LineMarkers.HERE, file, 1));
        int line = 1;
        int consumed = 0;
        TokenScanner scanner = new TokenScanner(source, config);
        while (scanner.hasNext()) {
            Token token = scanner.next();
            String image = token.getImage();
            // The scanner gives back every character as some token's image; if that ever stops
            // holding, lines would be misattributed, so fall back to unmarked text.
            if (!source.startsWith(image, consumed)) return unmarked(source, file, here);
            consumed += image.length();
            for (int i = 0; i < image.length(); i++) {
                char c = image.charAt(i);
                if (c == '\n') {
                    line++;
                    if (token instanceof TextToken) out.append(LineMarkers.marker(LineMarkers.NEXT, file, line));
                }
                out.append(c);
            }
        }
        return consumed == source.length() ? out.toString() : unmarked(source, file, here);
    }

    private static String unmarked(String source, int file, boolean here) {
        return here ? LineMarkers.marker(LineMarkers.HERE, file, 1) + source : source;
    }
}
