package dev.kiln.compiler.syntax;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.grammar.HCLLexer;
import dev.kiln.grammar.HCLParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Words for syntax errors. Given the grammar rule the parser was in and the token that did not
 * fit, it names the problem as HCL does ("Missing newline after argument", "Unterminated function
 * call", ...), and for a construct left open at the end of the file it points at where it opened.
 */
final class SyntaxErrorMessages {

    private static final String EXPRESSION_START =
            "Expected the start of an expression, but found an invalid expression token.";

    private final PositionMapper positions;

    SyntaxErrorMessages(PositionMapper positions) {
        this.positions = positions;
    }

    /**
     * The diagnostic for token {@code bad} not fitting where the parser was ({@code context});
     * {@code previous} is the significant token before it.
     */
    Diagnostic describe(ParserRuleContext context, Token bad, Token previous) {
        SourceRange at = positions.range(bad);
        if (previous != null && previous.getType() == HCLLexer.DOT) {
            return SyntaxDiagnostics.INVALID_ATTRIBUTE_NAME.error("An attribute name is required after a dot.", at);
        }
        if (context instanceof HCLParser.InterpolationPartContext part
                && (bad.getType() == HCLLexer.OQUOTE
                        || bad.getType() == HCLLexer.NEWLINE
                        || bad.getType() == Token.EOF)) {
            return SyntaxDiagnostics.UNCLOSED_TEMPLATE_INTERPOLATION.error(
                    "There is no closing brace for this interpolation. Close it with \"}\" before the end of the string.",
                    positions.range(part.start));
        }
        if (bad.getType() == Token.EOF) return endOfFile(context, at);
        if (context instanceof HCLParser.AttributeContext attribute) {
            SourceRange whole = SourceRange.between(positions.range(attribute.start), at);
            if (bad.getType() == HCLLexer.COMMA) {
                return SyntaxDiagnostics.UNEXPECTED_COMMA_AFTER_ARGUMENT.error(
                        "Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.",
                        at,
                        whole);
            }
            return SyntaxDiagnostics.MISSING_NEWLINE_AFTER_ARGUMENT.error(
                    "An argument definition must end with a newline.", at, whole);
        }
        if (context instanceof HCLParser.BodyItemContext) {
            return SyntaxDiagnostics.ARGUMENT_OR_BLOCK_DEFINITION_REQUIRED.error(
                    "An argument or block definition is required here. To set an argument, use the equals sign \"=\" to introduce the argument value.",
                    positions.range(context.start));
        }
        if (context instanceof HCLParser.BlockContext block) return inBlock(block, bad, at);
        if (context instanceof HCLParser.OneLineAttributeContext attribute) {
            return SyntaxDiagnostics.ARGUMENT_DEFINITION_REQUIRED.error(
                    "A single-line block definition can contain only a single argument. If you meant to define argument \""
                            + attribute.start.getText()
                            + "\", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.",
                    positions.range(attribute.start, bad));
        }
        if (context instanceof HCLParser.FunctionCallContext || context instanceof HCLParser.FunctionArgumentsContext) {
            // As hclsyntax: an argument is expected after "(" or ","; after an argument, anything
            // but ",", ")" or "..." is a missing separator (say the "}" of an unclosed call).
            if (follows(previous, HCLLexer.LPAREN, HCLLexer.COMMA)) return invalidExpression(bad, at);
            return SyntaxDiagnostics.MISSING_ARGUMENT_SEPARATOR.error(
                    "A comma is required to separate each function argument from the next.", at, span(context, bad));
        }
        if (context instanceof HCLParser.TupleContext) {
            if (follows(previous, HCLLexer.LBRACK, HCLLexer.COMMA) && !canStartExpression(bad.getType())) {
                return invalidExpression(bad, at);
            }
            return SyntaxDiagnostics.MISSING_ITEM_SEPARATOR.error(
                    "Expected a comma to mark the beginning of the next item.", at, span(context, bad));
        }
        if (context instanceof HCLParser.ObjectItemContext item) {
            if (item.key != null && item.getChildCount() == 1) {
                return SyntaxDiagnostics.MISSING_KEY_VALUE_SEPARATOR.error(
                        "Expected an equals sign (\"=\") to mark the beginning of the attribute value.",
                        at,
                        span(context, bad));
            }
            return invalidExpression(bad, at);
        }
        if (context instanceof HCLParser.ObjectContext) {
            boolean itemExpected = follows(previous, HCLLexer.LBRACE, HCLLexer.COMMA)
                    || follows(previous, HCLLexer.NEWLINE, HCLLexer.NEWLINE);
            if (itemExpected && !canStartExpression(bad.getType())) return invalidExpression(bad, at);
            return SyntaxDiagnostics.MISSING_ATTRIBUTE_SEPARATOR.error(
                    "Expected a newline or comma to mark the beginning of the next attribute.", at, span(context, bad));
        }
        if (context instanceof HCLParser.ParenthesizedContext) {
            return SyntaxDiagnostics.UNBALANCED_PARENTHESES.error(
                    "Expected a closing parenthesis to terminate the expression.", at, span(context, bad));
        }
        if (context instanceof HCLParser.IndexTermContext || context instanceof HCLParser.FullSplatTermContext) {
            return SyntaxDiagnostics.MISSING_CLOSE_BRACKET_ON_INDEX.error(
                    "The index operator must end with a closing bracket (\"]\").", at, span(context, bad));
        }
        if (context instanceof HCLParser.ForIntroContext intro) return inForIntro(intro, bad, at);
        if (context instanceof HCLParser.ForTupleContext) {
            if (bad.getType() == HCLLexer.FATARROW) {
                return SyntaxDiagnostics.INVALID_FOR_EXPRESSION.error(
                        "Key expression is not valid when building a tuple.", at);
            }
            return SyntaxDiagnostics.INVALID_FOR_EXPRESSION.error(
                    "Extra characters after the end of the 'for' expression.", at, span(context, bad));
        }
        if (context instanceof HCLParser.ForObjectContext forObject) {
            if (forObject.key != null && forObject.FATARROW() == null) {
                return SyntaxDiagnostics.INVALID_FOR_EXPRESSION.error(
                        "Key expression is required when building an object: write the key, then \"=>\", then the value.",
                        at);
            }
            return SyntaxDiagnostics.INVALID_FOR_EXPRESSION.error(
                    "Extra characters after the end of the 'for' expression.", at, span(context, bad));
        }
        if (context instanceof HCLParser.ConditionalExpressionContext) {
            return SyntaxDiagnostics.MISSING_FALSE_EXPRESSION_IN_CONDITIONAL.error(
                    "The conditional operator (...?...:...) requires a false expression, delimited by a colon.",
                    at,
                    span(context, bad));
        }
        if (context instanceof HCLParser.InterpolationPartContext) {
            String detail = bad.getType() == HCLLexer.COLON
                    ? "Template interpolation doesn't expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with \"$${\" instead of just \"${\"."
                    : "Expected a closing brace to end the interpolation expression, but found extra characters.";
            return SyntaxDiagnostics.EXTRA_CHARACTERS_AFTER_INTERPOLATION_EXPRESSION.error(
                    detail, at, span(context, bad));
        }
        if (context instanceof HCLParser.DirectivePartContext || context instanceof HCLParser.DirectiveContext) {
            return inDirective(context, bad, at);
        }
        return invalidExpression(bad, at);
    }

    private static Diagnostic invalidExpression(Token bad, SourceRange at) {
        if (bad.getType() == HCLLexer.NEWLINE) {
            return SyntaxDiagnostics.INVALID_EXPRESSION.error(
                    "Expected the start of an expression, but found the end of the line.", at);
        }
        return SyntaxDiagnostics.INVALID_EXPRESSION.error(EXPRESSION_START, at);
    }

    private Diagnostic inBlock(HCLParser.BlockContext block, Token bad, SourceRange at) {
        SourceRange header = SourceRange.between(positions.range(block.start), at);
        if (block.LBRACE() == null) {
            return switch (bad.getType()) {
                case HCLLexer.EQ ->
                    SyntaxDiagnostics.INVALID_BLOCK_DEFINITION.error(
                            "The equals sign \"=\" indicates an argument definition, and must not be used when defining a block.",
                            at,
                            header);
                case HCLLexer.NEWLINE ->
                    SyntaxDiagnostics.INVALID_BLOCK_DEFINITION.error(
                            "A block definition must have block content delimited by \"{\" and \"}\", starting on the same line as the block header.",
                            at,
                            header);
                default ->
                    SyntaxDiagnostics.INVALID_BLOCK_DEFINITION.error(
                            "Either a quoted string block label or an opening brace (\"{\") is expected here.",
                            at,
                            header);
            };
        }
        if (block.RBRACE() == null && block.blockBody() instanceof HCLParser.OneLineBodyContext) {
            return switch (bad.getType()) {
                case HCLLexer.COMMA ->
                    SyntaxDiagnostics.INVALID_SINGLE_ARGUMENT_BLOCK_DEFINITION.error(
                            "Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.",
                            at);
                case HCLLexer.NEWLINE ->
                    SyntaxDiagnostics.INVALID_SINGLE_ARGUMENT_BLOCK_DEFINITION.error(
                            "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.",
                            at);
                default ->
                    SyntaxDiagnostics.INVALID_SINGLE_ARGUMENT_BLOCK_DEFINITION.error(
                            "A single-line block definition must end with a closing brace immediately after its single argument definition.",
                            at);
            };
        }
        if (block.RBRACE() != null) {
            return SyntaxDiagnostics.MISSING_NEWLINE_AFTER_BLOCK_DEFINITION.error(
                    "A block definition must end with a newline.", at, header);
        }
        return SyntaxDiagnostics.ARGUMENT_OR_BLOCK_DEFINITION_REQUIRED.error(
                "An argument or block definition is required here.", at);
    }

    private Diagnostic inForIntro(HCLParser.ForIntroContext intro, Token bad, SourceRange at) {
        String detail;
        if (intro.first == null) {
            detail = "For expression requires variable name after 'for'.";
        } else if (intro.IN() == null) {
            detail = intro.COMMA() != null && intro.second == null
                    ? "For expression requires value variable name after comma."
                    : "For expression requires the 'in' keyword after its name declarations.";
        } else if (intro.collection == null) {
            return invalidExpression(bad, at);
        } else {
            detail = "For expression requires a colon after the collection expression.";
        }
        return SyntaxDiagnostics.INVALID_FOR_EXPRESSION.error(detail, at, span(intro, bad));
    }

    private Diagnostic inDirective(ParserRuleContext context, Token bad, SourceRange at) {
        ParserRuleContext directive = context instanceof HCLParser.DirectiveContext ? context : null;
        if (context instanceof HCLParser.DirectivePartContext part) directive = part.directive();
        if (directive == null || directive.getChildCount() == 0) {
            return SyntaxDiagnostics.INVALID_TEMPLATE_DIRECTIVE.error(
                    "A template directive keyword (\"if\", \"for\", etc) is expected at the beginning of a %{ sequence.",
                    at);
        }
        if (directive instanceof HCLParser.ForDirectiveContext forDirective && forDirective.IN() == null) {
            return SyntaxDiagnostics.INVALID_TEMPLATE_DIRECTIVE.error(
                    "A for directive requires variable names, the 'in' keyword and a collection: %{ for item in list }.",
                    at);
        }
        String keyword = directive.start.getText();
        return SyntaxDiagnostics.EXTRA_CHARACTERS_IN_MARKER
                .with(keyword)
                .error(
                        "Expected a closing brace to end the sequence, but found extra characters.",
                        at,
                        span(context, bad));
    }

    /** The construct left open at the end of the file, found by walking out from where parsing stopped. */
    private Diagnostic endOfFile(ParserRuleContext context, SourceRange at) {
        for (RuleContext current = context; current != null; current = current.parent) {
            if (current instanceof HCLParser.BlockContext block && block.LBRACE() != null) {
                SourceRange brace = range(block.LBRACE());
                return SyntaxDiagnostics.UNCLOSED_CONFIGURATION_BLOCK.error(
                        "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                        brace,
                        SourceRange.between(positions.range(block.start), brace));
            }
            if (current instanceof HCLParser.FunctionCallContext call) {
                return SyntaxDiagnostics.UNTERMINATED_FUNCTION_CALL.error(
                        "There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.",
                        range(call.LPAREN()));
            }
            if (current instanceof HCLParser.TupleContext || current instanceof HCLParser.ForTupleContext) {
                return SyntaxDiagnostics.UNTERMINATED_TUPLE_CONSTRUCTOR_EXPRESSION.error(
                        "There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.",
                        positions.range(((ParserRuleContext) current).start));
            }
            if (current instanceof HCLParser.ObjectContext || current instanceof HCLParser.ForObjectContext) {
                return SyntaxDiagnostics.UNTERMINATED_OBJECT_CONSTRUCTOR_EXPRESSION.error(
                        "There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                        positions.range(((ParserRuleContext) current).start));
            }
            if (current instanceof HCLParser.ParenthesizedContext paren) {
                return SyntaxDiagnostics.UNBALANCED_PARENTHESES.error(
                        "There is no closing parenthesis for this expression before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.",
                        positions.range(paren.start));
            }
            if (current instanceof HCLParser.IndexTermContext || current instanceof HCLParser.FullSplatTermContext) {
                ParserRuleContext index = (ParserRuleContext) current;
                TerminalNode bracket = index.getToken(HCLLexer.LBRACK, 0);
                return SyntaxDiagnostics.MISSING_CLOSE_BRACKET_ON_INDEX.error(
                        "There is no closing bracket for this index before the end of the file.",
                        bracket != null ? range(bracket) : positions.range(index.start));
            }
            if (current instanceof HCLParser.InterpolationPartContext part) {
                return SyntaxDiagnostics.UNCLOSED_TEMPLATE_INTERPOLATION.error(
                        "There is no closing brace for this interpolation before the end of the file.",
                        positions.range(part.start));
            }
            if (current instanceof HCLParser.DirectivePartContext part) {
                return SyntaxDiagnostics.UNCLOSED_TEMPLATE_DIRECTIVE.error(
                        "There is no closing brace for this template directive before the end of the file.",
                        positions.range(part.start));
            }
            if (current instanceof HCLParser.AttributeContext || current instanceof HCLParser.OneLineAttributeContext) {
                return SyntaxDiagnostics.INVALID_EXPRESSION.error(
                        "Expected the start of an expression, but found the end of the file.", at);
            }
        }
        return SyntaxDiagnostics.UNEXPECTED_END_OF_FILE.error("The file ends in the middle of a definition.", at);
    }

    private static boolean follows(Token previous, int type, int otherType) {
        return previous != null && (previous.getType() == type || previous.getType() == otherType);
    }

    static boolean canStartExpression(int type) {
        return switch (type) {
            case HCLLexer.NUMBER,
                    HCLLexer.TRUE,
                    HCLLexer.FALSE,
                    HCLLexer.NULL,
                    HCLLexer.IDENT,
                    HCLLexer.OQUOTE,
                    HCLLexer.HEREDOC_START,
                    HCLLexer.LPAREN,
                    HCLLexer.LBRACK,
                    HCLLexer.LBRACE,
                    HCLLexer.MINUS,
                    HCLLexer.BANG -> true;
            default -> false;
        };
    }

    private SourceRange span(ParserRuleContext context, Token bad) {
        return positions.range(context.start, bad);
    }

    private SourceRange range(TerminalNode node) {
        return positions.range(node.getSymbol());
    }
}
