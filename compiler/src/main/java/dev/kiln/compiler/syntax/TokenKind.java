package dev.kiln.compiler.syntax;

/** The kinds of token in HCL's native syntax, as {@link Tokenizer} reports them. */
public enum TokenKind {
    NEWLINE,
    WHITESPACE,
    /** A run of tab characters: whitespace, which the formatter turns into spaces. */
    TABS,
    /** {@code # ...} or {@code // ...}, without the line break. */
    LINE_COMMENT,
    /** {@code /* ... *}{@code /}, possibly spanning lines. */
    BLOCK_COMMENT,
    /** {@code <<EOT} or {@code <<-EOT} including the line break after it. */
    HEREDOC_START,
    HEREDOC_END,
    /** Literal text of a heredoc line (without the line break). */
    HEREDOC_LIT,
    /** The line break that ends a heredoc line. */
    HEREDOC_NEWLINE,
    OQUOTE,
    CQUOTE,
    /** Literal text of a quoted string, escapes not yet decoded. */
    QUOTED_LIT,
    /** {@code ${} or <code>${~</code>. */
    TEMPLATE_INTERP,
    /** {@code %{} or <code>%{~</code>. */
    TEMPLATE_DIRECTIVE,
    /** The {@code }} or {@code ~}} that ends an interpolation or directive. */
    TEMPLATE_END,
    LBRACE,
    RBRACE,
    LPAREN,
    RPAREN,
    LBRACK,
    RBRACK,
    ELLIPSIS,
    FATARROW,
    EQEQ,
    NEQ,
    LE,
    GE,
    AND,
    OR,
    EQ,
    LT,
    GT,
    BANG,
    PLUS,
    MINUS,
    STAR,
    SLASH,
    PERCENT,
    QUESTION,
    COLON,
    COMMA,
    DOT,
    TRUE,
    FALSE,
    NULL,
    FOR,
    IN,
    IF,
    ELSE,
    ENDIF,
    ENDFOR,
    NUMBER,
    IDENT,
    /** A character or character pair HCL rejects ({@code ;}, {@code '}, {@code &}, {@code **}, ...). */
    INVALID;

    /** Whether this kind is a keyword that may also be used as a name. */
    public boolean isKeyword() {
        return compareTo(TRUE) >= 0 && compareTo(ENDFOR) <= 0;
    }

    /** Whether this is a comment of either form. */
    public boolean isComment() {
        return this == LINE_COMMENT || this == BLOCK_COMMENT;
    }
}
