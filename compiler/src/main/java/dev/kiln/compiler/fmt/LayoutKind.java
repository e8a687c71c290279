package dev.kiln.compiler.fmt;

/**
 * The token classes the formatter tells apart; they mirror hclsyntax's token types, which is what
 * hclwrite's formatting rules are written against.
 */
enum LayoutKind {
    NEWLINE,
    /** A {@code #} or {@code //} comment together with the line break that ends it (if any). */
    LINE_COMMENT,
    BLOCK_COMMENT,
    /** Identifiers and keywords alike: hclsyntax has no keyword tokens. */
    IDENT,
    NUMBER,
    OBRACE,
    CBRACE,
    OBRACK,
    CBRACK,
    OPAREN,
    CPAREN,
    OQUOTE,
    CQUOTE,
    /** Literal text of a quoted string. */
    QUOTED_LIT,
    /** Literal text of a heredoc, line breaks included (hclsyntax's TokenStringLit). */
    STRING_LIT,
    OHEREDOC,
    CHEREDOC,
    TEMPLATE_INTERP,
    TEMPLATE_CONTROL,
    TEMPLATE_SEQ_END,
    EQUAL,
    DOT,
    COMMA,
    ELLIPSIS,
    COLON,
    QUESTION,
    FAT_ARROW,
    PLUS,
    MINUS,
    STAR,
    SLASH,
    PERCENT,
    EQUAL_OP,
    NOT_EQUAL,
    LESS_THAN,
    LESS_THAN_EQ,
    GREATER_THAN,
    GREATER_THAN_EQ,
    AND,
    OR,
    BANG,
    INVALID,
    /** Stands for the missing neighbour of the first token in a cell (hclwrite's TokenNil). */
    NONE;

    /** Whether this is a comment of either form. */
    boolean isComment() {
        return this == LINE_COMMENT || this == BLOCK_COMMENT;
    }

    /** +1 for tokens that open a nesting level, -1 for those that close one (hclwrite's tokenBracketChange). */
    int bracketChange() {
        return switch (this) {
            case OBRACE, OBRACK, OPAREN, TEMPLATE_INTERP, TEMPLATE_CONTROL -> 1;
            case CBRACE, CBRACK, CPAREN, TEMPLATE_SEQ_END -> -1;
            default -> 0;
        };
    }
}
