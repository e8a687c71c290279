package dev.kiln.compiler.syntax;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.ast.Block;
import dev.kiln.compiler.ast.Body;
import dev.kiln.compiler.ast.BodyItem;
import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.grammar.HCLLexer;
import dev.kiln.grammar.HCLParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Turns the parse tree of bodies, arguments and blocks into {@link Body} nodes. */
final class BodyBuilder {

    private final PositionMapper positions;
    private final ExpressionBuilder expressions;
    private final List<Diagnostic> diagnostics;

    BodyBuilder(PositionMapper positions, ExpressionBuilder expressions, List<Diagnostic> diagnostics) {
        this.positions = positions;
        this.expressions = expressions;
        this.diagnostics = diagnostics;
    }

    /**
     * Collects the items of one body as they are parsed, checking for arguments set twice. The
     * top level of a file is fed one item at a time, so no parse tree of the whole file is ever
     * kept.
     */
    final class Items {
        private final List<BodyItem> items = new ArrayList<>();
        private final Map<String, Attribute> seen = new HashMap<>();

        void add(ParseTree child) {
            if (child instanceof HCLParser.BodyItemContext item) {
                BodyItem built = bodyItem(item);
                if (built instanceof Attribute attribute) {
                    Attribute earlier = seen.putIfAbsent(attribute.name(), attribute);
                    if (earlier != null) {
                        diagnostics.add(SyntaxDiagnostics.ATTRIBUTE_REDEFINED.error(
                                "The argument \"" + attribute.name() + "\" was already set at "
                                        + where(earlier.nameRange()) + ". Each argument may be set only once.",
                                attribute.nameRange()));
                        return;
                    }
                }
                if (built != null) items.add(built);
            } else if (child instanceof HCLParser.InvalidBodyItemContext invalid) {
                invalidItem(invalid.start);
            } else if (child instanceof HCLParser.StrayCloseBraceContext stray) {
                diagnostics.add(SyntaxDiagnostics.ARGUMENT_OR_BLOCK_DEFINITION_REQUIRED.error(
                        "An argument or block definition is required here. This closing brace has no matching opening brace.",
                        positions.range(stray.start)));
            }
        }

        List<BodyItem> list() {
            return items;
        }
    }

    /** A collector for the items of the file's top-level body. */
    Items topLevel() {
        return new Items();
    }

    /** The file's top-level body made of {@code items}. */
    Body configFile(Items items) {
        return new Body(
                items.list(), positions.file().range(0, positions.file().text().length()));
    }

    private Body body(HCLParser.BodyContext context, Token open, Token close) {
        List<BodyItem> items = context == null ? List.of() : items(context);
        SourceRange start = positions.range(open).endRange();
        SourceRange end = close != null ? positions.range(close).startRange() : start;
        return new Body(items, SourceRange.between(start, end));
    }

    private List<BodyItem> items(ParserRuleContext context) {
        Items items = new Items();
        for (ParseTree child : childrenOf(context)) items.add(child);
        return items.list();
    }

    private static List<ParseTree> childrenOf(ParserRuleContext context) {
        return context.children == null ? List.of() : context.children;
    }

    private String where(SourceRange range) {
        return range.file() + ":" + range.start().line() + "," + range.start().column() + "-"
                + range.end().column();
    }

    private void invalidItem(Token first) {
        if (first.getType() == HCLLexer.OQUOTE) {
            diagnostics.add(SyntaxDiagnostics.INVALID_ARGUMENT_NAME.error(
                    "Argument names must not be quoted.", positions.range(first)));
        } else {
            diagnostics.add(SyntaxDiagnostics.ARGUMENT_OR_BLOCK_DEFINITION_REQUIRED.error(
                    "An argument or block definition is required here.", positions.range(first)));
        }
    }

    private BodyItem bodyItem(HCLParser.BodyItemContext context) {
        if (context.attribute() != null) {
            HCLParser.AttributeContext attribute = context.attribute();
            return attribute(attribute.name, attribute.EQ(), attribute.value);
        }
        if (context.block() != null) return block(context.block());
        return null;
    }

    private Attribute attribute(
            HCLParser.IdentifierContext name, TerminalNode equals, HCLParser.ExpressionContext value) {
        if (name == null || equals == null) return null;
        SourceRange nameRange = positions.range(name.start);
        SourceRange equalsRange = positions.range(equals.getSymbol());
        Expression expression = expressions.expression(value, equalsRange.endRange());
        return new Attribute(
                name.getText(), expression, SourceRange.between(nameRange, expression.range()), nameRange, equalsRange);
    }

    private Block block(HCLParser.BlockContext context) {
        if (context.type == null) return null;
        SourceRange typeRange = positions.range(context.type.start);
        List<String> labels = new ArrayList<>();
        List<SourceRange> labelRanges = new ArrayList<>();
        for (HCLParser.BlockLabelContext label : context.blockLabel()) {
            labelRanges.add(positions.range(label.start, label.stop != null ? label.stop : label.start));
            labels.add(
                    label.identifier() != null
                            ? label.identifier().getText()
                            : expressions.labelText(label.stringTemplate()));
        }
        TerminalNode open = context.LBRACE();
        TerminalNode close = context.RBRACE();
        SourceRange last = labelRanges.isEmpty() ? typeRange : labelRanges.get(labelRanges.size() - 1);
        SourceRange openRange = open != null ? positions.range(open.getSymbol()) : last;
        SourceRange closeRange = close != null ? positions.range(close.getSymbol()) : openRange;
        Body body;
        if (open == null) {
            body = new Body(List.of(), last.endRange());
        } else if (context.blockBody() instanceof HCLParser.MultiLineBodyContext multi) {
            body = body(multi.body(), open.getSymbol(), close != null ? close.getSymbol() : null);
        } else if (context.blockBody() instanceof HCLParser.OneLineBodyContext one && one.oneLineAttribute() != null) {
            HCLParser.OneLineAttributeContext attribute = one.oneLineAttribute();
            Attribute built = attribute(attribute.name, attribute.EQ(), attribute.value);
            body = new Body(
                    built == null ? List.of() : List.of(built),
                    SourceRange.between(openRange.endRange(), closeRange.startRange()));
        } else {
            body = new Body(List.of(), SourceRange.between(openRange.endRange(), closeRange.startRange()));
        }
        return new Block(
                context.type.getText(),
                labels,
                body,
                SourceRange.between(typeRange, closeRange),
                typeRange,
                labelRanges,
                openRange,
                closeRange);
    }
}
