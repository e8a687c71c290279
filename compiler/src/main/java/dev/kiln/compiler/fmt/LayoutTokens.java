package dev.kiln.compiler.fmt;

import dev.kiln.compiler.syntax.Token;
import dev.kiln.compiler.syntax.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The file as hclwrite sees it: tokens with the number of blanks before each, and the blanks after
 * the last token (hclwrite keeps those, since its end-of-file token belongs to no line).
 */
record LayoutTokens(List<LayoutToken> tokens, int trailingSpaces) {

    /** Converts lossless tokens: blanks (spaces and tabs alike) become counts, the rest keeps its text. */
    static LayoutTokens of(List<Token> source) {
        List<LayoutToken> tokens = new ArrayList<>(source.size());
        int blanks = 0;
        for (int i = 0; i < source.size(); i++) {
            Token token = source.get(i);
            TokenKind kind = token.kind();
            if (kind == TokenKind.WHITESPACE || kind == TokenKind.TABS) {
                // hclwrite only knows "spaces before"; tabs would be rejected by HCL, so turning
                // them into spaces is the one sensible repair (Packer 1.6.6 does the same).
                blanks += token.text().length();
                continue;
            }
            String text = token.text();
            if (kind == TokenKind.LINE_COMMENT
                    && i + 1 < source.size()
                    && source.get(i + 1).kind() == TokenKind.NEWLINE) {
                // hclsyntax's line comments swallow their line break; the cell logic relies on that.
                text += source.get(++i).text();
            }
            tokens.add(new LayoutToken(layoutKind(kind), text, blanks));
            blanks = 0;
        }
        return new LayoutTokens(tokens, blanks);
    }

    /** The formatted text: every token preceded by its spaces. */
    String render() {
        StringBuilder out = new StringBuilder();
        for (LayoutToken token : tokens) {
            out.append(" ".repeat(token.spacesBefore())).append(token.text());
        }
        return out.append(" ".repeat(trailingSpaces)).toString();
    }

    private static LayoutKind layoutKind(TokenKind kind) {
        if (kind.isKeyword()) {
            return LayoutKind.IDENT;
        }
        return switch (kind) {
            case NEWLINE -> LayoutKind.NEWLINE;
            case LINE_COMMENT -> LayoutKind.LINE_COMMENT;
            case BLOCK_COMMENT -> LayoutKind.BLOCK_COMMENT;
            case HEREDOC_START -> LayoutKind.OHEREDOC;
            case HEREDOC_END -> LayoutKind.CHEREDOC;
            case HEREDOC_LIT, HEREDOC_NEWLINE -> LayoutKind.STRING_LIT;
            case OQUOTE -> LayoutKind.OQUOTE;
            case CQUOTE -> LayoutKind.CQUOTE;
            case QUOTED_LIT -> LayoutKind.QUOTED_LIT;
            case TEMPLATE_INTERP -> LayoutKind.TEMPLATE_INTERP;
            case TEMPLATE_DIRECTIVE -> LayoutKind.TEMPLATE_CONTROL;
            case TEMPLATE_END -> LayoutKind.TEMPLATE_SEQ_END;
            case LBRACE -> LayoutKind.OBRACE;
            case RBRACE -> LayoutKind.CBRACE;
            case LPAREN -> LayoutKind.OPAREN;
            case RPAREN -> LayoutKind.CPAREN;
            case LBRACK -> LayoutKind.OBRACK;
            case RBRACK -> LayoutKind.CBRACK;
            case ELLIPSIS -> LayoutKind.ELLIPSIS;
            case FATARROW -> LayoutKind.FAT_ARROW;
            case EQEQ -> LayoutKind.EQUAL_OP;
            case NEQ -> LayoutKind.NOT_EQUAL;
            case LE -> LayoutKind.LESS_THAN_EQ;
            case GE -> LayoutKind.GREATER_THAN_EQ;
            case AND -> LayoutKind.AND;
            case OR -> LayoutKind.OR;
            case EQ -> LayoutKind.EQUAL;
            case LT -> LayoutKind.LESS_THAN;
            case GT -> LayoutKind.GREATER_THAN;
            case BANG -> LayoutKind.BANG;
            case PLUS -> LayoutKind.PLUS;
            case MINUS -> LayoutKind.MINUS;
            case STAR -> LayoutKind.STAR;
            case SLASH -> LayoutKind.SLASH;
            case PERCENT -> LayoutKind.PERCENT;
            case QUESTION -> LayoutKind.QUESTION;
            case COLON -> LayoutKind.COLON;
            case COMMA -> LayoutKind.COMMA;
            case DOT -> LayoutKind.DOT;
            case NUMBER -> LayoutKind.NUMBER;
            case IDENT -> LayoutKind.IDENT;
            default -> LayoutKind.INVALID;
        };
    }
}
