package dev.kiln.compiler.ast;

import dev.kiln.compiler.source.SourceRange;
import java.util.List;

/**
 * Prints a syntax tree as indented text, one node a line, for golden tests and debugging. Without
 * ranges, two trees print the same exactly when they mean the same (used to check that the
 * formatter never changes meaning).
 */
public final class AstPrinter {

    private final boolean withRanges;
    private final StringBuilder out = new StringBuilder();

    private AstPrinter(boolean withRanges) {
        this.withRanges = withRanges;
    }

    /** The tree of {@code body}, each node followed by its range. */
    public static String print(Body body) {
        AstPrinter printer = new AstPrinter(true);
        printer.body(body, 0);
        return printer.out.toString();
    }

    /** The tree of {@code body} without ranges. */
    public static String printWithoutRanges(Body body) {
        AstPrinter printer = new AstPrinter(false);
        printer.body(body, 0);
        return printer.out.toString();
    }

    private void line(int depth, String text, SourceRange range) {
        out.append("  ".repeat(depth)).append(text);
        if (withRanges && range != null) {
            out.append("  @").append(range.start()).append('-').append(range.end());
        }
        out.append('\n');
    }

    private void body(Body body, int depth) {
        line(depth, "Body", body.range());
        for (BodyItem item : body.items()) {
            if (item instanceof Attribute attribute) {
                line(depth + 1, "Attribute " + attribute.name(), attribute.range());
                expression(attribute.expression(), depth + 2);
            } else if (item instanceof Block block) {
                StringBuilder header = new StringBuilder("Block ").append(block.type());
                for (String label : block.labels()) header.append(' ').append(quote(label));
                line(depth + 1, header.toString(), block.range());
                body(block.body(), depth + 2);
            }
        }
    }

    private void expression(Expression expression, int depth) {
        if (expression instanceof Expression.Invalid invalid) {
            line(depth, "Invalid", invalid.range());
        } else if (expression instanceof Expression.NumberLiteral number) {
            line(depth, "Number " + number.value().toString(), number.range());
        } else if (expression instanceof Expression.BoolLiteral bool) {
            line(depth, "Bool " + bool.value(), bool.range());
        } else if (expression instanceof Expression.NullLiteral nul) {
            line(depth, "Null", nul.range());
        } else if (expression instanceof Expression.Template template) {
            line(depth, template.heredoc() ? "Heredoc" : "Template", template.range());
            templateParts(template.parts(), depth + 1);
        } else if (expression instanceof Expression.Variable variable) {
            line(depth, "Variable " + variable.name(), variable.range());
        } else if (expression instanceof Expression.GetAttr getAttr) {
            line(depth, "GetAttr " + getAttr.name(), getAttr.range());
            expression(getAttr.source(), depth + 1);
        } else if (expression instanceof Expression.Index index) {
            line(depth, index.legacy() ? "Index (legacy)" : "Index", index.range());
            expression(index.source(), depth + 1);
            expression(index.key(), depth + 1);
        } else if (expression instanceof Expression.Splat splat) {
            line(depth, splat.legacy() ? "Splat (legacy)" : "Splat", splat.range());
            expression(splat.source(), depth + 1);
            expression(splat.each(), depth + 1);
        } else if (expression instanceof Expression.SplatItem item) {
            line(depth, "SplatItem", item.range());
        } else if (expression instanceof Expression.FunctionCall call) {
            line(depth, "Call " + call.name() + (call.expandFinal() ? " (expand final)" : ""), call.range());
            for (Expression argument : call.arguments()) expression(argument, depth + 1);
        } else if (expression instanceof Expression.Conditional conditional) {
            line(depth, "Conditional", conditional.range());
            expression(conditional.condition(), depth + 1);
            expression(conditional.whenTrue(), depth + 1);
            expression(conditional.whenFalse(), depth + 1);
        } else if (expression instanceof Expression.Binary binary) {
            line(depth, "Binary " + binary.operator().symbol(), binary.range());
            expression(binary.left(), depth + 1);
            expression(binary.right(), depth + 1);
        } else if (expression instanceof Expression.Unary unary) {
            line(depth, "Unary " + unary.operator().symbol(), unary.range());
            expression(unary.operand(), depth + 1);
        } else if (expression instanceof Expression.Parenthesized paren) {
            line(depth, "Parenthesized", paren.range());
            expression(paren.expression(), depth + 1);
        } else if (expression instanceof Expression.TupleCons tuple) {
            line(depth, "Tuple", tuple.range());
            for (Expression item : tuple.items()) expression(item, depth + 1);
        } else if (expression instanceof Expression.ObjectCons object) {
            line(depth, "Object", object.range());
            for (ObjectItem item : object.items()) {
                line(depth + 1, "Item", item.range());
                expression(item.key(), depth + 2);
                expression(item.value(), depth + 2);
            }
        } else if (expression instanceof Expression.For forExpr) {
            String vars = (forExpr.keyVar() != null ? forExpr.keyVar() + ", " : "") + forExpr.valueVar();
            line(
                    depth,
                    (forExpr.keyExpr() == null ? "ForTuple " : "ForObject ")
                            + vars
                            + (forExpr.grouping() ? " (grouping)" : ""),
                    forExpr.range());
            expression(forExpr.collection(), depth + 1);
            if (forExpr.keyExpr() != null) expression(forExpr.keyExpr(), depth + 1);
            expression(forExpr.valueExpr(), depth + 1);
            if (forExpr.condition() != null) {
                line(depth + 1, "If", null);
                expression(forExpr.condition(), depth + 2);
            }
        }
    }

    private void templateParts(List<TemplatePart> parts, int depth) {
        for (TemplatePart part : parts) {
            if (part instanceof TemplatePart.Literal literal) {
                line(depth, "Literal " + quote(literal.text()), literal.range());
            } else if (part instanceof TemplatePart.Interpolation interpolation) {
                line(depth, "Interpolation", interpolation.range());
                expression(interpolation.expression(), depth + 1);
            } else if (part instanceof TemplatePart.If ifPart) {
                line(depth, "If", ifPart.range());
                expression(ifPart.condition(), depth + 1);
                line(depth + 1, "Then", null);
                templateParts(ifPart.whenTrue(), depth + 2);
                if (!ifPart.whenFalse().isEmpty()) {
                    line(depth + 1, "Else", null);
                    templateParts(ifPart.whenFalse(), depth + 2);
                }
            } else if (part instanceof TemplatePart.For forPart) {
                line(
                        depth,
                        "For " + (forPart.keyVar() != null ? forPart.keyVar() + ", " : "") + forPart.valueVar(),
                        forPart.range());
                expression(forPart.collection(), depth + 1);
                line(depth + 1, "Do", null);
                templateParts(forPart.body(), depth + 2);
            }
        }
    }

    private static String quote(String text) {
        StringBuilder sb = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", c));
                    else sb.appendCodePoint(c);
                }
            }
        });
        return sb.append('"').toString();
    }
}
