package dev.kiln.compiler.syntax;

import dev.kiln.compiler.ast.BinaryOperator;
import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.ast.ObjectItem;
import dev.kiln.compiler.ast.UnaryOperator;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.grammar.HCLLexer;
import dev.kiln.grammar.HCLParser;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Turns the parse tree of expressions into {@link Expression} nodes. */
final class ExpressionBuilder {

    private final PositionMapper positions;
    private final TemplateBuilder templates;
    private final List<Diagnostic> diagnostics;

    ExpressionBuilder(PositionMapper positions, List<Diagnostic> diagnostics) {
        this.positions = positions;
        this.diagnostics = diagnostics;
        this.templates = new TemplateBuilder(positions, this, diagnostics);
    }

    /** The expression of {@code context}, or an {@link Expression.Invalid} at {@code fallback} if it could not be read. */
    Expression expression(HCLParser.ExpressionContext context, SourceRange fallback) {
        if (context == null || context.exception != null && context.getChildCount() == 0) {
            return new Expression.Invalid(context == null ? fallback : range(context));
        }
        return expression(context);
    }

    Expression.Template bareTemplate(HCLParser.BareTemplateContext context, SourceRange range) {
        return templates.bare(context, range);
    }

    String labelText(HCLParser.StringTemplateContext context) {
        return templates.labelText(context);
    }

    private Expression expression(HCLParser.ExpressionContext context) {
        if (context instanceof HCLParser.TermExpressionContext term) {
            HCLParser.ExprTermContext inner = term.exprTerm();
            // Most expressions are a bare literal or name: no traversal steps to collect.
            if (inner instanceof HCLParser.PrimaryTermContext primary)
                return primary(primary.primary(), range(context));
            return term(inner, range(context));
        }
        SourceRange range = range(context);
        if (context instanceof HCLParser.UnaryExpressionContext unary) {
            UnaryOperator operator = unary.op.getType() == HCLLexer.MINUS ? UnaryOperator.NEGATE : UnaryOperator.NOT;
            return new Expression.Unary(operator, expression(unary.expression(), range.endRange()), range);
        }
        if (context instanceof HCLParser.BinaryExpressionContext binary) {
            Expression left = expression(binary.expression(0), range.startRange());
            Expression right = expression(binary.expression(1), range.endRange());
            return new Expression.Binary(binaryOperator(binary.op), left, right, positions.range(binary.op), range);
        }
        if (context instanceof HCLParser.ConditionalExpressionContext conditional) {
            return new Expression.Conditional(
                    expression(conditional.expression(0), range.startRange()),
                    expression(conditional.expression(1), range.endRange()),
                    expression(conditional.expression(2), range.endRange()),
                    range);
        }
        return new Expression.Invalid(range);
    }

    private static BinaryOperator binaryOperator(Token op) {
        return switch (op.getType()) {
            case HCLLexer.STAR -> BinaryOperator.MULTIPLY;
            case HCLLexer.SLASH -> BinaryOperator.DIVIDE;
            case HCLLexer.PERCENT -> BinaryOperator.MODULO;
            case HCLLexer.PLUS -> BinaryOperator.ADD;
            case HCLLexer.MINUS -> BinaryOperator.SUBTRACT;
            case HCLLexer.LT -> BinaryOperator.LESS_THAN;
            case HCLLexer.GT -> BinaryOperator.GREATER_THAN;
            case HCLLexer.LE -> BinaryOperator.LESS_THAN_OR_EQUAL;
            case HCLLexer.GE -> BinaryOperator.GREATER_THAN_OR_EQUAL;
            case HCLLexer.EQEQ -> BinaryOperator.EQUAL;
            case HCLLexer.NEQ -> BinaryOperator.NOT_EQUAL;
            case HCLLexer.AND -> BinaryOperator.AND;
            case HCLLexer.OR -> BinaryOperator.OR;
            default -> throw new IllegalStateException("not a binary operator: " + op.getText());
        };
    }

    // -----------------------------------------------------------------------------------------
    // Traversals and splats

    /** One traversal step after a term, in source order. */
    private sealed interface Step {
        /** Where the step ends. */
        SourceRange end();

        record Attr(String name, SourceRange nameRange, SourceRange end) implements Step {}

        record Key(Expression key, boolean legacy, SourceRange end) implements Step {}

        record FullSplat(SourceRange end) implements Step {}

        record AttrSplat(SourceRange end) implements Step {}
    }

    private Expression term(HCLParser.ExprTermContext context, SourceRange fallback) {
        if (context == null) return new Expression.Invalid(fallback);
        Deque<Step> steps = new ArrayDeque<>();
        HCLParser.ExprTermContext current = context;
        while (!(current instanceof HCLParser.PrimaryTermContext)) {
            SourceRange end = positions.range(current.stop != null ? current.stop : current.start);
            if (current instanceof HCLParser.GetAttrTermContext attr) {
                if (attr.identifier() == null) return new Expression.Invalid(range(context));
                steps.push(new Step.Attr(attr.identifier().getText(), range(attr.identifier()), end));
                current = attr.exprTerm();
            } else if (current instanceof HCLParser.LegacyIndexTermContext legacy) {
                pushLegacyIndex(steps, legacy.NUMBER().getSymbol(), end);
                current = legacy.exprTerm();
            } else if (current instanceof HCLParser.AttrSplatTermContext splat) {
                steps.push(new Step.AttrSplat(end));
                current = splat.exprTerm();
            } else if (current instanceof HCLParser.FullSplatTermContext splat) {
                steps.push(new Step.FullSplat(end));
                current = splat.exprTerm();
            } else if (current instanceof HCLParser.IndexTermContext index) {
                steps.push(new Step.Key(expression(index.expression(), end), false, end));
                current = index.exprTerm();
            } else {
                return new Expression.Invalid(range(context));
            }
            if (current == null) return new Expression.Invalid(range(context));
        }
        Expression base = primary(((HCLParser.PrimaryTermContext) current).primary(), range(current));
        return applySteps(base, new ArrayList<>(steps), 0, steps.size(), base.range());
    }

    /**
     * {@code foo.0.1} lexes as {@code foo}, {@code .}, {@code 0.1}: HCL rejects that chained legacy
     * form and asks for brackets instead.
     */
    private void pushLegacyIndex(Deque<Step> steps, Token number, SourceRange end) {
        String text = number.getText();
        SourceRange range = positions.range(number);
        int dot = text.indexOf('.');
        if (dot >= 0) {
            String first = text.substring(0, dot);
            String second = text.substring(dot + 1);
            diagnostics.add(SyntaxDiagnostics.INVALID_LEGACY_INDEX_SYNTAX.error(
                    "When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax instead, like ["
                            + first + "][" + second + "].",
                    range));
        }
        steps.push(new Step.Key(numberLiteral(number, range), true, end));
    }

    /**
     * A number literal. Its value is exact; an exponent too large for any number (say
     * {@code 1e99999999999}) is an error rather than a crash.
     */
    private Expression numberLiteral(Token token, SourceRange range) {
        try {
            return new Expression.NumberLiteral(new BigDecimal(token.getText()), range);
        } catch (NumberFormatException | ArithmeticException e) {
            diagnostics.add(SyntaxDiagnostics.INVALID_NUMBER_LITERAL.error(
                    "The number " + token.getText() + " is too large to represent.", range));
            return new Expression.Invalid(range);
        }
    }

    /**
     * Applies steps {@code from..to} to {@code base}. A full splat takes every step after it into
     * its per-element expression; the legacy attribute splat takes only the attribute and legacy
     * index steps that directly follow it, as in HCL.
     */
    private Expression applySteps(Expression base, List<Step> steps, int from, int to, SourceRange start) {
        Expression result = base;
        int i = from;
        while (i < to) {
            Step step = steps.get(i);
            if (step instanceof Step.Attr attr) {
                result = new Expression.GetAttr(
                        result, attr.name(), attr.nameRange(), SourceRange.between(start, attr.end()));
                i++;
            } else if (step instanceof Step.Key key) {
                result = new Expression.Index(result, key.key(), key.legacy(), SourceRange.between(start, key.end()));
                i++;
            } else if (step instanceof Step.FullSplat splat) {
                Expression item = new Expression.SplatItem(splat.end());
                Expression each = applySteps(item, steps, i + 1, to, splat.end());
                SourceRange end = to > i + 1 ? endOf(steps.get(to - 1)) : splat.end();
                return new Expression.Splat(result, each, false, SourceRange.between(start, end));
            } else {
                int j = i + 1;
                while (j < to
                        && (steps.get(j) instanceof Step.Attr || steps.get(j) instanceof Step.Key key && key.legacy()))
                    j++;
                Expression item = new Expression.SplatItem(step.end());
                Expression each = applySteps(item, steps, i + 1, j, step.end());
                SourceRange end = j > i + 1 ? endOf(steps.get(j - 1)) : step.end();
                result = new Expression.Splat(result, each, true, SourceRange.between(start, end));
                i = j;
            }
        }
        return result;
    }

    private static SourceRange endOf(Step step) {
        return step.end();
    }

    // -----------------------------------------------------------------------------------------
    // Primary expressions

    private Expression primary(HCLParser.PrimaryContext context, SourceRange fallback) {
        if (context == null) return new Expression.Invalid(fallback);
        SourceRange range = range(context);
        if (context instanceof HCLParser.NumberLiteralContext number) {
            return numberLiteral(number.NUMBER().getSymbol(), range);
        }
        if (context instanceof HCLParser.BoolLiteralContext bool) {
            return new Expression.BoolLiteral(bool.TRUE() != null, range);
        }
        if (context instanceof HCLParser.NullLiteralContext) return new Expression.NullLiteral(range);
        if (context instanceof HCLParser.QuotedTemplateContext quoted) return templates.quoted(quoted.stringTemplate());
        if (context instanceof HCLParser.HeredocContext heredoc) return templates.heredoc(heredoc.heredocTemplate());
        if (context instanceof HCLParser.VariableContext variable)
            return new Expression.Variable(variable.name.getText(), range);
        if (context instanceof HCLParser.FunctionCallContext call) return functionCall(call, range);
        if (context instanceof HCLParser.ParenthesizedContext paren) {
            return new Expression.Parenthesized(expression(paren.expression(), range), range);
        }
        if (context instanceof HCLParser.TupleContext tuple) {
            List<Expression> items = new ArrayList<>();
            for (HCLParser.ExpressionContext item : tuple.expression()) items.add(expression(item, range));
            return new Expression.TupleCons(items, range);
        }
        if (context instanceof HCLParser.ObjectContext object) {
            List<ObjectItem> items = new ArrayList<>();
            for (HCLParser.ObjectItemContext item : object.objectItem()) {
                if (item.key == null) continue;
                Expression key = expression(item.key, range);
                Expression value = expression(item.value, range(item).endRange());
                items.add(new ObjectItem(key, value, SourceRange.between(key.range(), value.range())));
            }
            return new Expression.ObjectCons(
                    items, positions.range(object.LBRACE().getSymbol()), range);
        }
        if (context instanceof HCLParser.ForTupleContext forTuple) {
            return forExpression(
                    forTuple.forIntro(), null, forTuple.value, forTuple.forCondition(), false, forTuple.start, range);
        }
        if (context instanceof HCLParser.ForObjectContext forObject) {
            return forExpression(
                    forObject.forIntro(),
                    forObject.key,
                    forObject.value,
                    forObject.forCondition(),
                    forObject.group != null,
                    forObject.start,
                    range);
        }
        return new Expression.Invalid(range);
    }

    private Expression functionCall(HCLParser.FunctionCallContext call, SourceRange range) {
        List<Expression> arguments = new ArrayList<>();
        boolean expand = false;
        if (call.functionArguments() != null) {
            for (HCLParser.ExpressionContext argument : call.functionArguments().expression()) {
                arguments.add(expression(argument, range));
            }
            expand = call.functionArguments().expand != null;
        }
        SourceRange open = positions.range(call.LPAREN().getSymbol());
        SourceRange close =
                call.RPAREN() != null ? positions.range(call.RPAREN().getSymbol()) : range.endRange();
        return new Expression.FunctionCall(
                call.name.getText(), arguments, expand, positions.range(call.name), open, close, range);
    }

    private Expression forExpression(
            HCLParser.ForIntroContext intro,
            HCLParser.ExpressionContext key,
            HCLParser.ExpressionContext value,
            HCLParser.ForConditionContext condition,
            boolean grouping,
            Token open,
            SourceRange range) {
        if (intro == null || intro.first == null) return new Expression.Invalid(range);
        String keyVar = intro.second != null ? intro.first.getText() : null;
        String valueVar = intro.second != null ? intro.second.getText() : intro.first.getText();
        if (keyVar != null && keyVar.equals(valueVar)) {
            diagnostics.add(SyntaxDiagnostics.DUPLICATE_FOR_VARIABLE.error(
                    "The key and value variables of a 'for' expression must have different names.",
                    positions.range(intro.second)));
        }
        Expression collection = expression(intro.collection, range);
        Expression keyExpr = key == null ? null : expression(key, range);
        Expression valueExpr = expression(value, range);
        Expression conditionExpr = condition == null ? null : expression(condition.expression(), range);
        return new Expression.For(
                keyVar,
                valueVar,
                collection,
                keyExpr,
                valueExpr,
                conditionExpr,
                grouping,
                positions.range(open),
                range);
    }

    SourceRange range(ParserRuleContext context) {
        Token stop = context.stop;
        if (stop == null || stop.getTokenIndex() < context.start.getTokenIndex()) stop = context.start;
        return positions.range(context.start, stop);
    }
}
