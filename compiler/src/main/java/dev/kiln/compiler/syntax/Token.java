package dev.kiln.compiler.syntax;

import dev.kiln.compiler.source.SourceRange;

/**
 * One token of a file. {@link Tokenizer} returns every token, whitespace and comments included,
 * so the texts of a file's tokens concatenate to exactly the file's text.
 */
public record Token(TokenKind kind, String text, SourceRange range) {

    /** Whether the parser ignores this token here (whitespace, comments, newlines inside brackets). */
    public boolean isTrivia() {
        return kind == TokenKind.WHITESPACE || kind == TokenKind.TABS || kind.isComment();
    }
}
