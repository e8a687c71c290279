package dev.kiln.compiler.syntax;

import dev.kiln.compiler.source.SourceFile;
import dev.kiln.grammar.HCLLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;

/** Splits a file into {@link Token}s, losslessly: whitespace, comments and invalid characters included. */
public final class Tokenizer {

    private Tokenizer() {}

    /** Every token of {@code file}, in order; their texts concatenate to the file's text. */
    public static List<Token> tokenize(SourceFile file) {
        HCLLexer lexer = new HCLLexer(CharStreams.fromString(file.text(), file.name()));
        lexer.removeErrorListeners();
        PositionMapper positions = new PositionMapper(file);
        List<Token> tokens = new ArrayList<>();
        for (org.antlr.v4.runtime.Token token : lexer.getAllTokens()) {
            tokens.add(new Token(kindOf(token.getType()), token.getText(), positions.range(token)));
        }
        return tokens;
    }

    static TokenKind kindOf(int type) {
        return switch (type) {
            case HCLLexer.NEWLINE -> TokenKind.NEWLINE;
            case HCLLexer.WHITESPACE -> TokenKind.WHITESPACE;
            case HCLLexer.TABS -> TokenKind.TABS;
            case HCLLexer.LINE_COMMENT -> TokenKind.LINE_COMMENT;
            case HCLLexer.BLOCK_COMMENT -> TokenKind.BLOCK_COMMENT;
            case HCLLexer.HEREDOC_START -> TokenKind.HEREDOC_START;
            case HCLLexer.HEREDOC_END -> TokenKind.HEREDOC_END;
            case HCLLexer.HEREDOC_LIT -> TokenKind.HEREDOC_LIT;
            case HCLLexer.HEREDOC_NEWLINE -> TokenKind.HEREDOC_NEWLINE;
            case HCLLexer.OQUOTE -> TokenKind.OQUOTE;
            case HCLLexer.CQUOTE -> TokenKind.CQUOTE;
            case HCLLexer.QUOTED_LIT -> TokenKind.QUOTED_LIT;
            case HCLLexer.TEMPLATE_INTERP -> TokenKind.TEMPLATE_INTERP;
            case HCLLexer.TEMPLATE_DIRECTIVE -> TokenKind.TEMPLATE_DIRECTIVE;
            case HCLLexer.TEMPLATE_END -> TokenKind.TEMPLATE_END;
            case HCLLexer.LBRACE -> TokenKind.LBRACE;
            case HCLLexer.RBRACE -> TokenKind.RBRACE;
            case HCLLexer.LPAREN -> TokenKind.LPAREN;
            case HCLLexer.RPAREN -> TokenKind.RPAREN;
            case HCLLexer.LBRACK -> TokenKind.LBRACK;
            case HCLLexer.RBRACK -> TokenKind.RBRACK;
            case HCLLexer.ELLIPSIS -> TokenKind.ELLIPSIS;
            case HCLLexer.FATARROW -> TokenKind.FATARROW;
            case HCLLexer.EQEQ -> TokenKind.EQEQ;
            case HCLLexer.NEQ -> TokenKind.NEQ;
            case HCLLexer.LE -> TokenKind.LE;
            case HCLLexer.GE -> TokenKind.GE;
            case HCLLexer.AND -> TokenKind.AND;
            case HCLLexer.OR -> TokenKind.OR;
            case HCLLexer.EQ -> TokenKind.EQ;
            case HCLLexer.LT -> TokenKind.LT;
            case HCLLexer.GT -> TokenKind.GT;
            case HCLLexer.BANG -> TokenKind.BANG;
            case HCLLexer.PLUS -> TokenKind.PLUS;
            case HCLLexer.MINUS -> TokenKind.MINUS;
            case HCLLexer.STAR -> TokenKind.STAR;
            case HCLLexer.SLASH -> TokenKind.SLASH;
            case HCLLexer.PERCENT -> TokenKind.PERCENT;
            case HCLLexer.QUESTION -> TokenKind.QUESTION;
            case HCLLexer.COLON -> TokenKind.COLON;
            case HCLLexer.COMMA -> TokenKind.COMMA;
            case HCLLexer.DOT -> TokenKind.DOT;
            case HCLLexer.TRUE -> TokenKind.TRUE;
            case HCLLexer.FALSE -> TokenKind.FALSE;
            case HCLLexer.NULL -> TokenKind.NULL;
            case HCLLexer.FOR -> TokenKind.FOR;
            case HCLLexer.IN -> TokenKind.IN;
            case HCLLexer.IF -> TokenKind.IF;
            case HCLLexer.ELSE -> TokenKind.ELSE;
            case HCLLexer.ENDIF -> TokenKind.ENDIF;
            case HCLLexer.ENDFOR -> TokenKind.ENDFOR;
            case HCLLexer.NUMBER -> TokenKind.NUMBER;
            case HCLLexer.IDENT -> TokenKind.IDENT;
            default -> TokenKind.INVALID;
        };
    }
}
