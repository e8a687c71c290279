package dev.kiln.compiler.syntax;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.grammar.HCLLexer;
import java.util.List;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Error handling in HCL's manner instead of ANTLR's: the first error in an argument or block is
 * reported in words a template author understands ({@link SyntaxErrorMessages}), then the parser
 * skips to the end of that item (the next significant newline at the same nesting level), so the
 * following items are still checked and one mistake gives one error.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {

    private final SyntaxErrorMessages messages;
    private final List<Diagnostic> diagnostics;
    private int lastRecoveryIndex = -1;

    SyntaxErrorStrategy(SyntaxErrorMessages messages, List<Diagnostic> diagnostics) {
        this.messages = messages;
        this.diagnostics = diagnostics;
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        if (inErrorRecoveryMode(recognizer)) return;
        beginErrorCondition(recognizer);
        Token offending = e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken();
        ParserRuleContext context = e.getCtx() instanceof ParserRuleContext rule ? rule : recognizer.getContext();
        diagnostics.add(messages.describe(context, offending));
    }

    /** No single-token insertion or deletion: guesses like that make errors confusing. */
    @Override
    public Token recoverInline(Parser recognizer) {
        throw new InputMismatchException(recognizer);
    }

    /** Errors are found where a token does not fit, not by looking ahead at loop entries. */
    @Override
    public void sync(Parser recognizer) {}

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        TokenStream input = recognizer.getInputStream();
        if (lastRecoveryIndex == input.index() && input.LA(1) != Token.EOF) {
            recognizer.consume(); // no progress since the last recovery here: step over the token
        }
        lastRecoveryIndex = input.index();
        int depth = 0;
        while (true) {
            int type = input.LA(1);
            if (type == Token.EOF) return;
            if (depth == 0 && type == HCLLexer.NEWLINE) return;
            if (type == HCLLexer.RBRACE || type == HCLLexer.TEMPLATE_END) {
                if (depth == 0) return;
                depth--;
            } else if (type == HCLLexer.LBRACE || type == HCLLexer.TEMPLATE_INTERP || type == HCLLexer.TEMPLATE_DIRECTIVE) {
                depth++;
            }
            recognizer.consume();
        }
    }
}
