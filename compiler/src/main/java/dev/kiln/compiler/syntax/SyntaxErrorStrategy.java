package dev.kiln.compiler.syntax;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.grammar.HCLLexer;
import dev.kiln.grammar.HCLParser;
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
    private int recoveriesAtSameIndex;

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
        diagnostics.add(messages.describe(context, offending, previousToken(recognizer.getInputStream(), offending)));
    }

    /** The significant token before {@code token}, or null at the start. */
    private static Token previousToken(TokenStream input, Token token) {
        for (int i = token.getTokenIndex() - 1; i >= 0; i--) {
            Token candidate = input.get(i);
            if (candidate.getChannel() == Token.DEFAULT_CHANNEL) return candidate;
        }
        return null;
    }

    /** No single-token insertion or deletion: guesses like that make errors confusing. */
    @Override
    public Token recoverInline(Parser recognizer) {
        throw new InputMismatchException(recognizer);
    }

    /** Errors are found where a token does not fit, not by looking ahead at loop entries. */
    @Override
    public void sync(Parser recognizer) {}

    /**
     * Skips what is left of the construct that failed. A bracketed construct (block body, object,
     * tuple, call, parentheses, index, template sequence) is skipped up to and including its
     * closing token, so the closer cannot be mistaken for a new error; anything else is skipped to
     * the end of its line. Nested brackets are stepped over as a whole.
     */
    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        TokenStream input = recognizer.getInputStream();
        if (input.index() == lastRecoveryIndex) {
            // Each enclosing rule may fail at the same token in turn; only an endless repetition
            // means no rule can make progress, and then one token is given up.
            if (++recoveriesAtSameIndex > 32 && input.LA(1) != Token.EOF) recognizer.consume();
        } else {
            recoveriesAtSameIndex = 0;
        }
        lastRecoveryIndex = input.index();
        int closer = closerOf(recognizer.getContext());
        boolean stopAtNewline = closer == NONE || closer == ITEM_END;

        int depth = 0;
        while (true) {
            int type = input.LA(1);
            if (type == Token.EOF) return;
            if (depth == 0) {
                if (stopAtNewline && type == HCLLexer.NEWLINE) {
                    if (recognizer.getContext() instanceof HCLParser.BodyItemContext) skipBodyOnNextLine(recognizer);
                    return;
                }
                if (closer == ITEM_END && type == HCLLexer.COMMA) return;
                if (type == closer) {
                    recognizer.consume();
                    return;
                }
                // A closer of something open outside the failed construct ends the skipping; one
                // that closes nothing is part of the mistake and skipped with it.
                if (isCloser(type) && closesEnclosing(recognizer.getContext(), type)) return;
            }
            if (isOpener(type)) depth++;
            else if (isCloser(type)) depth--;
            recognizer.consume();
        }
    }

    /**
     * "build" alone on its line with "{" on the next: those braces belong to the broken block, so
     * they are skipped with it instead of being reported again.
     */
    private static void skipBodyOnNextLine(Parser recognizer) {
        TokenStream input = recognizer.getInputStream();
        int ahead = 1;
        while (input.LA(ahead) == HCLLexer.NEWLINE) ahead++;
        if (input.LA(ahead) != HCLLexer.LBRACE) return;
        for (int i = 0; i < ahead; i++) recognizer.consume();
        int depth = 0;
        while (input.LA(1) != Token.EOF) {
            int type = input.LA(1);
            recognizer.consume();
            if (isOpener(type)) depth++;
            else if (isCloser(type) && --depth == 0) return;
        }
    }

    private static final int NONE = -1;
    /** An object item ends at a newline or comma before its object's closing brace. */
    private static final int ITEM_END = -2;

    private static int closerOf(ParserRuleContext context) {
        if (context instanceof HCLParser.ObjectContext || context instanceof HCLParser.ForObjectContext)
            return HCLLexer.RBRACE;
        if (context instanceof HCLParser.BlockContext block) return block.LBRACE() != null ? HCLLexer.RBRACE : NONE;
        if (context instanceof HCLParser.TupleContext
                || context instanceof HCLParser.ForTupleContext
                || context instanceof HCLParser.IndexTermContext
                || context instanceof HCLParser.FullSplatTermContext) {
            return HCLLexer.RBRACK;
        }
        if (context instanceof HCLParser.FunctionCallContext || context instanceof HCLParser.ParenthesizedContext)
            return HCLLexer.RPAREN;
        if (context instanceof HCLParser.InterpolationPartContext
                || context instanceof HCLParser.DirectivePartContext) {
            return HCLLexer.TEMPLATE_END;
        }
        if (context instanceof HCLParser.ObjectItemContext) return ITEM_END;
        return NONE;
    }

    /** Whether a token of {@code type} closes one of the constructs around {@code context}. */
    private static boolean closesEnclosing(ParserRuleContext context, int type) {
        for (ParserRuleContext current = context.getParent(); current != null; current = current.getParent()) {
            if (closerOf(current) == type) return true;
        }
        return false;
    }

    private static boolean isOpener(int type) {
        return type == HCLLexer.LBRACE
                || type == HCLLexer.LBRACK
                || type == HCLLexer.LPAREN
                || type == HCLLexer.TEMPLATE_INTERP
                || type == HCLLexer.TEMPLATE_DIRECTIVE;
    }

    private static boolean isCloser(int type) {
        return type == HCLLexer.RBRACE
                || type == HCLLexer.RBRACK
                || type == HCLLexer.RPAREN
                || type == HCLLexer.TEMPLATE_END;
    }
}
