package dev.kiln.compiler.fmt;

import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.Token;
import dev.kiln.compiler.syntax.Tokenizer;
import java.util.List;

/**
 * Canonical formatting of HCL native syntax, as {@code packer fmt} does it with hclwrite.Format:
 * only the blanks between tokens change, never a token.
 */
public final class HclFormatter {

    private HclFormatter() {}

    /** The formatted text of {@code file} (whose byte order mark, if any, is already gone). */
    public static String format(SourceFile file) {
        String text = file.text();
        List<Token> tokens = Tokenizer.tokenize(file);
        if (!covers(tokens, text)) {
            // The tokenizer dropped something it could not read: rather keep the text than lose it.
            return text;
        }
        LayoutTokens layout = LayoutTokens.of(tokens);
        List<FormatLine> lines = LineSplitter.split(layout.tokens());
        Indenter.indent(lines);
        Spacer.space(lines);
        CellAligner.align(lines);
        return layout.render();
    }

    /** The formatted form of {@code text}; a leading byte order mark is dropped, as Packer does. */
    public static String format(String text) {
        return format(new SourceFile("<input>", text));
    }

    private static boolean covers(List<Token> tokens, String text) {
        int length = 0;
        for (Token token : tokens) {
            if (!text.startsWith(token.text(), length)) {
                return false;
            }
            length += token.text().length();
        }
        return length == text.length();
    }
}
