package dev.kiln.compiler.syntax;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.grammar.HCLLexer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * Characters HCL does not accept, each explained as hclsyntax explains it. The lexer puts them on
 * their own channel so the parser reads on past them.
 */
final class InvalidTokens {

    private InvalidTokens() {}

    /**
     * Reports the invalid characters of {@code tokens} and returns the lines where one of them
     * disturbs what the parser sees.
     */
    static Set<Integer> check(List<Token> tokens, PositionMapper positions, List<Diagnostic> diagnostics) {
        Set<Integer> disturbedLines = new HashSet<>();
        // One report per kind of character and line: a pair of quotes or backticks is one mistake.
        Set<String> reported = new HashSet<>();
        for (Token token : tokens) {
            int type = token.getType();
            if (type == HCLLexer.BLOCK_COMMENT
                    && (!token.getText().endsWith("*/") || token.getText().equals("/*/"))) {
                diagnostics.add(SyntaxDiagnostics.UNTERMINATED_COMMENT.error(
                        "There is no \"*/\" to close this comment before the end of the file.",
                        positions
                                .file()
                                .range(
                                        positions.range(token).start().offset(),
                                        positions.range(token).start().offset() + 2)));
                continue;
            }
            if (token.getChannel() != HCLLexer.INVALID) continue;
            disturbedLines.add(token.getLine());
            if (!reported.add(token.getLine() + ":" + type)) continue;
            diagnostics.add(summary(type).error(detail(type, token.getText()), positions.range(token)));
        }
        return disturbedLines;
    }

    private static SyntaxDiagnostics summary(int type) {
        return switch (type) {
            case HCLLexer.STARSTAR, HCLLexer.AMPERSAND, HCLLexer.PIPE, HCLLexer.CARET ->
                SyntaxDiagnostics.UNSUPPORTED_OPERATOR;
            default -> SyntaxDiagnostics.INVALID_CHARACTER;
        };
    }

    private static String detail(int type, String text) {
        return switch (type) {
            case HCLLexer.STARSTAR ->
                "\"**\" is not a supported operator. Exponentiation is not supported as an operator; use the pow function instead.";
            case HCLLexer.AMPERSAND -> "Bitwise operators are not supported. Did you mean boolean AND (\"&&\")?";
            case HCLLexer.PIPE -> "Bitwise operators are not supported. Did you mean boolean OR (\"||\")?";
            case HCLLexer.CARET -> "Bitwise operators are not supported.";
            case HCLLexer.SEMICOLON ->
                "The \";\" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.";
            case HCLLexer.BACKTICK ->
                "The \"`\" character is not valid. To create a multi-line string, use the \"heredoc\" syntax, like \"<<EOT\".";
            case HCLLexer.APOSTROPHE -> "Single quotes are not valid. Use double quotes (\") to enclose strings.";
            default ->
                text.equals("\r")
                        ? "A carriage return must be followed by a line feed: HCL files end their lines with LF or CRLF, not CR alone."
                        : describe(text) + " is not used within the language.";
        };
    }

    private static String describe(String text) {
        int codePoint = text.codePointAt(0);
        String name = Character.getName(codePoint);
        String shown =
                Character.isISOControl(codePoint) || Character.isWhitespace(codePoint) ? "" : "\"" + text + "\" ";
        return "The character " + shown + String.format("(U+%04X%s)", codePoint, name == null ? "" : " " + name);
    }
}
