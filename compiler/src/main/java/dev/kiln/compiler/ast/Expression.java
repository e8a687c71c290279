package dev.kiln.compiler.ast;

import dev.kiln.compiler.source.SourceRange;
import java.math.BigDecimal;
import java.util.List;

/**
 * An expression of HCL's native syntax. Each variant is a record with its source range; the
 * evaluator and the validator switch over them exhaustively.
 */
public sealed interface Expression extends Node {

    /**
     * Where the parser found no valid expression. It appears only in a tree that comes with syntax
     * errors, so tools such as an editor can still use the rest; it evaluates to an unknown value.
     */
    record Invalid(SourceRange range) implements Expression {}

    /** A number literal, exact: {@code 1}, {@code 1.5}, {@code 1e3}. */
    record NumberLiteral(BigDecimal value, SourceRange range) implements Expression {}

    /** {@code true} or {@code false}. */
    record BoolLiteral(boolean value, SourceRange range) implements Expression {}

    /** {@code null}. */
    record NullLiteral(SourceRange range) implements Expression {}

    /**
     * A quoted string or heredoc: literal text, interpolations and directives. Escapes are already
     * decoded, strip markers applied and heredoc indentation removed.
     */
    record Template(List<TemplatePart> parts, boolean heredoc, SourceRange range) implements Expression {
        public Template {
            parts = List.copyOf(parts);
        }

        /** The text if this template is plain literal text (no interpolation or directive), else null. */
        public String literalText() {
            if (parts.isEmpty()) return "";
            if (parts.size() == 1 && parts.get(0) instanceof TemplatePart.Literal literal) return literal.text();
            return null;
        }
    }

    /** A reference to a name in scope: {@code var}, {@code local}, {@code each}, a for variable. */
    record Variable(String name, SourceRange range) implements Expression {}

    /** Attribute access, {@code source.name}. */
    record GetAttr(Expression source, String name, SourceRange nameRange, SourceRange range) implements Expression {}

    /**
     * Index access, {@code source[key]}; the legacy form {@code source.0} is an index with a
     * number key and {@code legacy} set.
     */
    record Index(Expression source, Expression key, boolean legacy, SourceRange range) implements Expression {}

    /**
     * A splat, {@code source[*].each} or legacy {@code source.*.each}: {@code each} is evaluated
     * for every element with {@link SplatItem} standing for the element.
     */
    record Splat(Expression source, Expression each, boolean legacy, SourceRange range) implements Expression {}

    /** The element a {@link Splat}'s {@code each} expression is applied to. */
    record SplatItem(SourceRange range) implements Expression {}

    /** A function call; {@code expandFinal} is set when the last argument ends in {@code ...}. */
    record FunctionCall(
            String name,
            List<Expression> arguments,
            boolean expandFinal,
            SourceRange nameRange,
            SourceRange openParenRange,
            SourceRange closeParenRange,
            SourceRange range)
            implements Expression {
        public FunctionCall {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code condition ? whenTrue : whenFalse}. */
    record Conditional(Expression condition, Expression whenTrue, Expression whenFalse, SourceRange range)
            implements Expression {}

    /** A binary operation. */
    record Binary(
            BinaryOperator operator, Expression left, Expression right, SourceRange operatorRange, SourceRange range)
            implements Expression {}

    /** {@code -operand} or {@code !operand}. */
    record Unary(UnaryOperator operator, Expression operand, SourceRange range) implements Expression {}

    /** An expression in parentheses; kept so that {@code (a) = 1} object keys and formatting stay as written. */
    record Parenthesized(Expression expression, SourceRange range) implements Expression {}

    /** A tuple constructor, {@code [a, b]}. */
    record TupleCons(List<Expression> items, SourceRange range) implements Expression {
        public TupleCons {
            items = List.copyOf(items);
        }
    }

    /** An object constructor, {@code { key = value, ... }}. */
    record ObjectCons(List<ObjectItem> items, SourceRange openBraceRange, SourceRange range) implements Expression {
        public ObjectCons {
            items = List.copyOf(items);
        }
    }

    /**
     * A {@code for} expression. {@code keyVar} is null when only one variable is named;
     * {@code keyExpr} is null for a tuple result ({@code [for ...]}); {@code condition} is null
     * without {@code if}; {@code grouping} is set for {@code value...} in object results.
     */
    record For(
            String keyVar,
            String valueVar,
            Expression collection,
            Expression keyExpr,
            Expression valueExpr,
            Expression condition,
            boolean grouping,
            SourceRange openRange,
            SourceRange range)
            implements Expression {}
}
