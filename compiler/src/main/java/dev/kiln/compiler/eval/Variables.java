package dev.kiln.compiler.eval;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.ast.ObjectItem;
import dev.kiln.compiler.ast.TemplatePart;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The references an expression makes, found without evaluating it, as HCL's
 * {@code Expression.Variables()}: the config loader orders locals and data sources by them.
 * Names bound by {@code for} expressions and directives are not references.
 */
public final class Variables {

    private final List<Traversal> found = new ArrayList<>();

    private Variables() {}

    /** Every traversal {@code expression} references, in source order. */
    public static List<Traversal> of(Expression expression) {
        Variables variables = new Variables();
        variables.walk(expression, Set.of());
        return List.copyOf(variables.found);
    }

    private void walk(Expression expression, Set<String> bound) {
        Traversal traversal = traversal(expression);
        if (traversal != null) {
            if (!bound.contains(traversal.root())) found.add(traversal);
            return;
        }
        if (expression instanceof Expression.Template template) {
            walkParts(template.parts(), bound);
        } else if (expression instanceof Expression.GetAttr getAttr) {
            walk(getAttr.source(), bound);
        } else if (expression instanceof Expression.Index index) {
            walk(index.source(), bound);
            walk(index.key(), bound);
        } else if (expression instanceof Expression.Splat splat) {
            walk(splat.source(), bound);
            walk(splat.each(), bound);
        } else if (expression instanceof Expression.FunctionCall call) {
            call.arguments().forEach(a -> walk(a, bound));
        } else if (expression instanceof Expression.Conditional conditional) {
            walk(conditional.condition(), bound);
            walk(conditional.whenTrue(), bound);
            walk(conditional.whenFalse(), bound);
        } else if (expression instanceof Expression.Binary binary) {
            walk(binary.left(), bound);
            walk(binary.right(), bound);
        } else if (expression instanceof Expression.Unary unary) {
            walk(unary.operand(), bound);
        } else if (expression instanceof Expression.Parenthesized paren) {
            walk(paren.expression(), bound);
        } else if (expression instanceof Expression.TupleCons tuple) {
            tuple.items().forEach(i -> walk(i, bound));
        } else if (expression instanceof Expression.ObjectCons object) {
            for (ObjectItem item : object.items()) {
                // A bare name as a key is the key's text, not a reference.
                if (!(item.key() instanceof Expression.Variable)) walk(item.key(), bound);
                walk(item.value(), bound);
            }
        } else if (expression instanceof Expression.For forExpression) {
            walk(forExpression.collection(), bound);
            Set<String> inner = bind(bound, forExpression.keyVar(), forExpression.valueVar());
            if (forExpression.keyExpr() != null) walk(forExpression.keyExpr(), inner);
            walk(forExpression.valueExpr(), inner);
            if (forExpression.condition() != null) walk(forExpression.condition(), inner);
        }
    }

    private void walkParts(List<TemplatePart> parts, Set<String> bound) {
        for (TemplatePart part : parts) {
            if (part instanceof TemplatePart.Interpolation interpolation) {
                walk(interpolation.expression(), bound);
            } else if (part instanceof TemplatePart.If ifPart) {
                walk(ifPart.condition(), bound);
                walkParts(ifPart.whenTrue(), bound);
                walkParts(ifPart.whenFalse(), bound);
            } else if (part instanceof TemplatePart.For forPart) {
                walk(forPart.collection(), bound);
                walkParts(forPart.body(), bind(bound, forPart.keyVar(), forPart.valueVar()));
            }
        }
    }

    private static Set<String> bind(Set<String> bound, String keyVar, String valueVar) {
        Set<String> inner = new HashSet<>(bound);
        if (keyVar != null) inner.add(keyVar);
        inner.add(valueVar);
        return inner;
    }

    /**
     * The expression as one static traversal (a root name followed by attributes and literal
     * indexes), or null. Inside a longer chain, the static prefix is found when the walk reaches it.
     */
    static Traversal traversal(Expression expression) {
        Deque<Traversal.Step> steps = new ArrayDeque<>();
        Expression current = expression;
        while (true) {
            if (current instanceof Expression.Variable variable) {
                return new Traversal(variable.name(), List.copyOf(steps), expression.range());
            }
            if (current instanceof Expression.GetAttr getAttr) {
                steps.addFirst(new Traversal.Attribute(getAttr.name()));
                current = getAttr.source();
            } else if (current instanceof Expression.Index index && literalKey(index.key()) != null) {
                steps.addFirst(new Traversal.Index(literalKey(index.key())));
                current = index.source();
            } else {
                return null;
            }
        }
    }

    private static Value literalKey(Expression key) {
        if (key instanceof Expression.NumberLiteral number) return Value.number(number.value());
        if (key instanceof Expression.Template template && template.literalText() != null && !template.heredoc()) {
            return Value.string(template.literalText());
        }
        return null;
    }
}
