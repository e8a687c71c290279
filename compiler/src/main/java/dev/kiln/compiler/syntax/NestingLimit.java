package dev.kiln.compiler.syntax;

import dev.kiln.grammar.HCLLexer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * How deeply a file's expressions nest, measured on its tokens before it is parsed. The parser,
 * the tree builders and the evaluator recurse once per level of the syntax tree, so a tree too
 * deep for the stack is refused here, in one pass without recursion, with the place where it
 * gets too deep. A level is a bracket, brace, parenthesis, string or template sequence; an
 * operator, attribute access or index step, or an open {@code %{if}}/{@code %{for}} directive,
 * adds one more to the expression it is in (an expression {@code a + b + c} is a tree of depth
 * two), until a newline or comma ends that expression. JSON files use the same limit.
 */
public final class NestingLimit {

    /**
     * Deeper than this is refused: twice what Packer users are known to rely on (250), far beyond
     * what templates need, and half of what the deepest-recursing construct survives on a 1 MB stack.
     */
    public static final int MAX_DEPTH = 500;

    private NestingLimit() {}

    /** The first token at which nesting exceeds {@link #MAX_DEPTH}, or null. */
    static Token firstTooDeep(List<Token> tokens) {
        // Each entry: the depth at which a bracketed level starts, and the steps chained in it.
        Deque<int[]> levels = new ArrayDeque<>();
        levels.push(new int[] {0, 0});
        int previous = Token.INVALID_TYPE;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.getChannel() != Token.DEFAULT_CHANNEL) continue;
            int type = token.getType();
            int[] level = levels.peek();
            switch (type) {
                case HCLLexer.LBRACK,
                        HCLLexer.LBRACE,
                        HCLLexer.LPAREN,
                        HCLLexer.TEMPLATE_INTERP,
                        HCLLexer.TEMPLATE_DIRECTIVE,
                        HCLLexer.OQUOTE,
                        HCLLexer.HEREDOC_START -> {
                    if (type == HCLLexer.LBRACK && endsOperand(previous)) level[1]++; // an index step
                    if (type == HCLLexer.TEMPLATE_DIRECTIVE) level[1] += directiveStep(tokens, i);
                    level[1] = Math.max(0, level[1]);
                    int depth = level[0] + level[1] + 1;
                    if (depth > MAX_DEPTH) return token;
                    levels.push(new int[] {depth, 0});
                }
                case HCLLexer.RBRACK,
                        HCLLexer.RBRACE,
                        HCLLexer.RPAREN,
                        HCLLexer.TEMPLATE_END,
                        HCLLexer.CQUOTE,
                        HCLLexer.HEREDOC_END -> {
                    if (levels.size() > 1) levels.pop();
                }
                case HCLLexer.NEWLINE, HCLLexer.COMMA -> level[1] = 0;
                case HCLLexer.DOT,
                        HCLLexer.STAR,
                        HCLLexer.SLASH,
                        HCLLexer.PERCENT,
                        HCLLexer.PLUS,
                        HCLLexer.MINUS,
                        HCLLexer.LT,
                        HCLLexer.GT,
                        HCLLexer.LE,
                        HCLLexer.GE,
                        HCLLexer.EQEQ,
                        HCLLexer.NEQ,
                        HCLLexer.AND,
                        HCLLexer.OR,
                        HCLLexer.BANG,
                        HCLLexer.QUESTION -> {
                    if (level[0] + ++level[1] > MAX_DEPTH) return token;
                }
                default -> {}
            }
            previous = type;
        }
        return null;
    }

    /** An {@code if} or {@code for} directive opens a level of the template; their ends close it. */
    private static int directiveStep(List<Token> tokens, int directive) {
        for (int i = directive + 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.getChannel() != Token.DEFAULT_CHANNEL) continue;
            return switch (token.getType()) {
                case HCLLexer.IF, HCLLexer.FOR -> 1;
                case HCLLexer.ENDIF, HCLLexer.ENDFOR -> -1;
                default -> 0;
            };
        }
        return 0;
    }

    private static boolean endsOperand(int type) {
        return switch (type) {
            case HCLLexer.IDENT,
                    HCLLexer.NUMBER,
                    HCLLexer.RBRACK,
                    HCLLexer.RPAREN,
                    HCLLexer.RBRACE,
                    HCLLexer.CQUOTE,
                    HCLLexer.HEREDOC_END,
                    HCLLexer.TRUE,
                    HCLLexer.FALSE,
                    HCLLexer.NULL -> true;
            default -> false;
        };
    }
}
