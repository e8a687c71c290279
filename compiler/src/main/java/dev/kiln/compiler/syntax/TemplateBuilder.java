package dev.kiln.compiler.syntax;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.ast.TemplatePart;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.grammar.HCLLexer;
import dev.kiln.grammar.HCLParser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Turns quoted strings and heredocs into {@link Expression.Template}s the way hclsyntax does:
 * escapes decoded, {@code ~} strip markers applied to the neighbouring literal text, the common
 * indentation of {@code <<-} heredocs removed, and {@code if}/{@code for} directives nested.
 */
final class TemplateBuilder {

    private final PositionMapper positions;
    private final ExpressionBuilder expressions;
    private final List<Diagnostic> diagnostics;

    TemplateBuilder(PositionMapper positions, ExpressionBuilder expressions, List<Diagnostic> diagnostics) {
        this.positions = positions;
        this.expressions = expressions;
        this.diagnostics = diagnostics;
    }

    /** A template piece before nesting: literal text, or a {@code ${}/{@code %{} sequence. */
    private sealed interface Item {
        SourceRange range();
    }

    /** Literal text, mutable only while strip markers and heredoc indentation are applied. */
    private static final class Literal implements Item {
        String text;
        final SourceRange range;

        Literal(String text, SourceRange range) {
            this.text = text;
            this.range = range;
        }

        @Override
        public SourceRange range() {
            return range;
        }
    }

    private enum SequenceKind {
        INTERPOLATION,
        IF,
        ELSE,
        END_IF,
        FOR,
        END_FOR
    }

    private record Sequence(
            SequenceKind kind,
            Expression expression,
            String keyVar,
            String valueVar,
            boolean stripBefore,
            boolean stripAfter,
            SourceRange range)
            implements Item {}

    Expression.Template quoted(HCLParser.StringTemplateContext context) {
        SourceRange range = rangeOf(context);
        if (context.close == null) reportUnterminatedString(context, range);
        List<HCLParser.TemplatePartContext> parts = context.templatePart();
        if (parts.isEmpty()) return new Expression.Template(List.of(), false, range);
        if (parts.size() == 1 && parts.get(0) instanceof HCLParser.LiteralPartContext literal) {
            // The common case, a plain string: no sequences to strip around or nest.
            Token token = literal.start;
            List<TemplatePart> text = List.of(new TemplatePart.Literal(decodeQuoted(token), positions.range(token)));
            return new Expression.Template(text, false, range);
        }
        List<Item> items = items(context.templatePart(), false);
        return new Expression.Template(nest(items, range), false, range);
    }

    Expression.Template heredoc(HCLParser.HeredocTemplateContext context) {
        SourceRange range = rangeOf(context);
        Token start = context.HEREDOC_START().getSymbol();
        String opener = start.getText().strip();
        if (context.close == null) {
            String marker = opener.substring(opener.startsWith("<<-") ? 3 : 2);
            SourceRange openerRange = positions
                    .file()
                    .range(
                            positions.range(start).start().offset(),
                            positions.range(start).start().offset() + opener.length());
            diagnostics.add(SyntaxDiagnostics.UNCLOSED_HEREDOC.error(
                    "There is no line with the closing marker \"" + marker
                            + "\" for this heredoc before the end of the file.",
                    openerRange));
        }
        List<Item> items = items(context.templatePart(), true);
        if (opener.startsWith("<<-")) removeCommonIndentation(items);
        return new Expression.Template(nest(items, range), true, range);
    }

    /** A bare template: heredoc text rules (no backslash escapes), no closing marker. */
    Expression.Template bare(HCLParser.BareTemplateContext context, SourceRange range) {
        return new Expression.Template(nest(items(context.templatePart(), true), range), false, range);
    }

    /** The text of a block label, which must be a plain string. */
    String labelText(HCLParser.StringTemplateContext context) {
        SourceRange range = rangeOf(context);
        if (context.close == null) reportUnterminatedString(context, range);
        StringBuilder text = new StringBuilder();
        for (HCLParser.TemplatePartContext part : context.templatePart()) {
            if (part instanceof HCLParser.LiteralPartContext literal) {
                text.append(decodeQuoted(literal.start));
            } else {
                diagnostics.add(SyntaxDiagnostics.INVALID_STRING_LITERAL.error(
                        "Template sequences are not allowed in this string. To include a literal \"$\", double it (as \"$$\") to escape it.",
                        expressions.range(part)));
            }
        }
        return text.toString();
    }

    private void reportUnterminatedString(HCLParser.StringTemplateContext context, SourceRange range) {
        for (HCLParser.TemplatePartContext part : context.templatePart()) {
            // An interpolation left open swallowed the closing quote: that is the error to report.
            if (part instanceof HCLParser.InterpolationPartContext open && open.TEMPLATE_END() == null) return;
        }
        int end = range.end().offset();
        String text = positions.file().text();
        boolean atLineEnd = end < text.length() && (text.charAt(end) == '\n' || text.charAt(end) == '\r');
        SourceRange quote = positions.range(context.OQUOTE().getSymbol());
        if (atLineEnd) {
            diagnostics.add(SyntaxDiagnostics.INVALID_MULTI_LINE_STRING.error(
                    "Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the \"heredoc\" multi-line template syntax.",
                    quote,
                    range));
        } else {
            diagnostics.add(SyntaxDiagnostics.UNTERMINATED_TEMPLATE_STRING.error(
                    "No closing marker was found for the string.", quote, range));
        }
    }

    // -----------------------------------------------------------------------------------------

    private List<Item> items(List<HCLParser.TemplatePartContext> parts, boolean heredoc) {
        List<Item> items = new ArrayList<>();
        for (HCLParser.TemplatePartContext part : parts) {
            if (part instanceof HCLParser.LiteralPartContext literal) {
                Token token = literal.start;
                SourceRange range = positions.range(token);
                if (token.getType() == HCLLexer.HEREDOC_NEWLINE
                        && !items.isEmpty()
                        && items.get(items.size() - 1) instanceof Literal line
                        && !line.text.endsWith("\n")
                        && line.range.end().offset() == range.start().offset()) {
                    // hclsyntax reads a heredoc line and its line break (CRLF kept) as one literal token.
                    items.set(
                            items.size() - 1,
                            new Literal(line.text + token.getText(), SourceRange.between(line.range, range)));
                } else if (token.getType() == HCLLexer.HEREDOC_NEWLINE) {
                    items.add(new Literal(token.getText(), range));
                } else {
                    items.add(new Literal(
                            heredoc ? unescapeTemplateMarkers(token.getText()) : decodeQuoted(token), range));
                }
            } else if (part instanceof HCLParser.InterpolationPartContext interpolation) {
                Expression expression = expressions.expression(interpolation.expression(), expressions.range(part));
                items.add(sequence(SequenceKind.INTERPOLATION, expression, null, null, interpolation));
            } else if (part instanceof HCLParser.DirectivePartContext directive) {
                Item item = directive(directive);
                if (item != null) items.add(item);
            }
        }
        applyStripMarkers(items);
        return items;
    }

    private Item directive(HCLParser.DirectivePartContext part) {
        HCLParser.DirectiveContext directive = part.directive();
        if (directive instanceof HCLParser.IfDirectiveContext ifDirective) {
            Expression condition = expressions.expression(ifDirective.expression(), expressions.range(part));
            return sequence(SequenceKind.IF, condition, null, null, part);
        }
        if (directive instanceof HCLParser.ElseDirectiveContext)
            return sequence(SequenceKind.ELSE, null, null, null, part);
        if (directive instanceof HCLParser.EndIfDirectiveContext)
            return sequence(SequenceKind.END_IF, null, null, null, part);
        if (directive instanceof HCLParser.ForDirectiveContext forDirective && forDirective.first != null) {
            String keyVar = forDirective.second != null ? forDirective.first.getText() : null;
            String valueVar =
                    forDirective.second != null ? forDirective.second.getText() : forDirective.first.getText();
            Expression collection = expressions.expression(forDirective.expression(), expressions.range(part));
            return sequence(SequenceKind.FOR, collection, keyVar, valueVar, part);
        }
        if (directive instanceof HCLParser.EndForDirectiveContext)
            return sequence(SequenceKind.END_FOR, null, null, null, part);
        return null;
    }

    private Sequence sequence(
            SequenceKind kind, Expression expression, String keyVar, String valueVar, ParserRuleContext part) {
        boolean stripBefore = part.start.getText().endsWith("~");
        boolean stripAfter = part.stop != null
                && part.stop.getType() == HCLLexer.TEMPLATE_END
                && part.stop.getText().startsWith("~");
        return new Sequence(kind, expression, keyVar, valueVar, stripBefore, stripAfter, expressions.range(part));
    }

    private static void applyStripMarkers(List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Sequence sequence)) continue;
            if (sequence.stripBefore() && i > 0 && items.get(i - 1) instanceof Literal before) {
                before.text = stripTrailingSpace(before.text);
            }
            if (sequence.stripAfter() && i + 1 < items.size() && items.get(i + 1) instanceof Literal after) {
                after.text = stripLeadingSpace(after.text);
            }
        }
    }

    /**
     * The {@code <<-} rule: find the smallest indentation of the lines (blank lines do not count,
     * and a line that starts with an interpolation has none), then remove that many leading
     * characters from each line.
     */
    private static void removeCommonIndentation(List<Item> items) {
        int smallest = Integer.MAX_VALUE;
        List<Literal> lineStarts = new ArrayList<>();
        boolean atLineStart = true;
        for (Item item : items) {
            if (atLineStart) {
                atLineStart = false;
                if (item instanceof Literal literal) {
                    String trimmed = stripLeadingSpace(literal.text);
                    if (!(trimmed.isEmpty() && literal.text.endsWith("\n"))) {
                        smallest = Math.min(
                                smallest, literal.text.codePointCount(0, literal.text.length() - trimmed.length()));
                        lineStarts.add(literal);
                    }
                } else {
                    smallest = 0;
                }
            }
            if (item instanceof Literal literal && literal.text.endsWith("\n")) atLineStart = true;
        }
        if (smallest == Integer.MAX_VALUE || smallest == 0) return;
        for (Literal literal : lineStarts) {
            literal.text = literal.text.substring(literal.text.offsetByCodePoints(0, smallest));
        }
    }

    // -----------------------------------------------------------------------------------------

    private List<TemplatePart> nest(List<Item> items, SourceRange range) {
        record Frame(Sequence opener, List<TemplatePart> first, List<TemplatePart> second, boolean inElse) {}
        Deque<Frame> frames = new ArrayDeque<>();
        List<TemplatePart> current = new ArrayList<>();
        Deque<List<TemplatePart>> outer = new ArrayDeque<>();
        Frame frame = null;
        for (Item item : items) {
            if (item instanceof Literal literal) {
                appendLiteral(current, literal);
                continue;
            }
            Sequence sequence = (Sequence) item;
            switch (sequence.kind()) {
                case INTERPOLATION ->
                    current.add(new TemplatePart.Interpolation(sequence.expression(), sequence.range()));
                case IF, FOR -> {
                    if (frame != null) frames.push(frame);
                    outer.push(current);
                    frame = new Frame(sequence, new ArrayList<>(), new ArrayList<>(), false);
                    current = frame.first();
                }
                case ELSE -> {
                    if (frame == null || frame.opener().kind() != SequenceKind.IF || frame.inElse()) {
                        unexpected(sequence, "else", "An else directive can only appear once inside an if directive.");
                    } else {
                        frame = new Frame(frame.opener(), frame.first(), frame.second(), true);
                        current = frame.second();
                    }
                }
                case END_IF, END_FOR -> {
                    SequenceKind opens = sequence.kind() == SequenceKind.END_IF ? SequenceKind.IF : SequenceKind.FOR;
                    String word = sequence.kind() == SequenceKind.END_IF ? "endif" : "endfor";
                    if (frame == null || frame.opener().kind() != opens) {
                        String detail = frame == null
                                ? "There is no " + (opens == SequenceKind.IF ? "if" : "for") + " directive for this "
                                        + word + " to close."
                                : "This " + word + " does not close the open "
                                        + (frame.opener().kind() == SequenceKind.IF ? "if" : "for")
                                        + " directive; close it with "
                                        + (frame.opener().kind() == SequenceKind.IF ? "%{ endif }" : "%{ endfor }")
                                        + " first.";
                        unexpected(sequence, word, detail);
                        continue;
                    }
                    TemplatePart closed = close(frame.opener(), frame.first(), frame.second(), sequence.range());
                    current = outer.pop();
                    current.add(closed);
                    frame = frames.isEmpty() ? null : frames.pop();
                }
            }
        }
        while (frame != null) {
            String word = frame.opener().kind() == SequenceKind.IF ? "if" : "for";
            diagnostics.add(SyntaxDiagnostics.UNTERMINATED_TEMPLATE_DIRECTIVE.error(
                    "This " + word + " directive has no matching %{ end" + word + " } before the end of the template.",
                    frame.opener().range()));
            TemplatePart closed = close(frame.opener(), frame.first(), frame.second(), range);
            current = outer.pop();
            current.add(closed);
            frame = frames.isEmpty() ? null : frames.pop();
        }
        return current;
    }

    private static TemplatePart close(
            Sequence opener, List<TemplatePart> first, List<TemplatePart> second, SourceRange end) {
        SourceRange range = SourceRange.between(opener.range(), end);
        if (opener.kind() == SequenceKind.IF) return new TemplatePart.If(opener.expression(), first, second, range);
        return new TemplatePart.For(opener.keyVar(), opener.valueVar(), opener.expression(), first, range);
    }

    private void unexpected(Sequence sequence, String word, String detail) {
        diagnostics.add(SyntaxDiagnostics.UNEXPECTED_DIRECTIVE.with(word).error(detail, sequence.range()));
    }

    /** Adjacent literal text becomes one literal; text emptied by strip markers disappears. */
    private static void appendLiteral(List<TemplatePart> parts, Literal literal) {
        if (literal.text.isEmpty()) return;
        if (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof TemplatePart.Literal previous) {
            parts.set(
                    parts.size() - 1,
                    new TemplatePart.Literal(
                            previous.text() + literal.text, SourceRange.between(previous.range(), literal.range)));
        } else {
            parts.add(new TemplatePart.Literal(literal.text, literal.range));
        }
    }

    // -----------------------------------------------------------------------------------------
    // Escapes

    private static String unescapeTemplateMarkers(String text) {
        return text.indexOf("$${") < 0 && text.indexOf("%%{") < 0
                ? text
                : text.replace("$${", "${").replace("%%{", "%{");
    }

    /** Decodes the escapes of a quoted-string literal token, reporting each invalid one at its place. */
    private String decodeQuoted(Token token) {
        String raw = token.getText();
        if (raw.indexOf('\\') < 0) return unescapeTemplateMarkers(raw);
        int base = positions.range(token).start().offset();
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '$' && raw.startsWith("$${", i) || c == '%' && raw.startsWith("%%{", i)) {
                out.append(c).append('{');
                i += 3;
                continue;
            }
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= raw.length()) {
                invalidEscape(
                        base + i, base + i + 1, "Backslash must be followed by an escape sequence selector character.");
                i++;
                continue;
            }
            char selector = raw.charAt(i + 1);
            switch (selector) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case 'u', 'U' -> {
                    // As hclsyntax's string scanner: up to four (eight) hex digits are taken, and
                    // fewer is an error.
                    int digits = selector == 'u' ? 4 : 8;
                    int end = i + 2;
                    while (end < raw.length() && end < i + 2 + digits && Character.digit(raw.charAt(end), 16) >= 0)
                        end++;
                    if (end - i - 2 != digits) {
                        invalidEscape(
                                base + i,
                                base + end,
                                "The \\" + selector + " escape sequence must be followed by "
                                        + (digits == 4 ? "four" : "eight") + " hexadecimal digits.");
                        out.append(raw, i, end);
                        i = end;
                        continue;
                    }
                    long codePoint = Long.parseLong(raw.substring(i + 2, end), 16);
                    if (codePoint > Character.MAX_CODE_POINT
                            || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                        invalidEscape(
                                base + i,
                                base + end,
                                String.format("Cannot encode character U+%04x in UTF-8.", codePoint));
                        out.append(raw, i, end);
                        i = end;
                        continue;
                    }
                    out.appendCodePoint((int) codePoint);
                    i = end;
                    continue;
                }
                default -> {
                    int selectorEnd = i + 1 + Character.charCount(raw.codePointAt(i + 1));
                    invalidEscape(
                            base + i,
                            base + selectorEnd,
                            "The symbol \"" + raw.substring(i + 1, selectorEnd)
                                    + "\" is not a valid escape sequence selector.");
                    out.append(raw, i + 1, selectorEnd);
                    i = selectorEnd;
                    continue;
                }
            }
            i += 2;
        }
        return out.toString();
    }

    private void invalidEscape(int start, int end, String detail) {
        diagnostics.add(SyntaxDiagnostics.INVALID_ESCAPE_SEQUENCE.error(
                detail, positions.file().range(start, end)));
    }

    // -----------------------------------------------------------------------------------------

    private SourceRange rangeOf(ParserRuleContext context) {
        return expressions.range(context);
    }

    private static String stripTrailingSpace(String text) {
        int end = text.length();
        while (end > 0 && isSpace(text.codePointBefore(end))) end -= Character.charCount(text.codePointBefore(end));
        return text.substring(0, end);
    }

    private static String stripLeadingSpace(String text) {
        int start = 0;
        while (start < text.length() && isSpace(text.codePointAt(start)))
            start += Character.charCount(text.codePointAt(start));
        return text.substring(start);
    }

    /** Go's unicode.IsSpace, which hclsyntax uses for strip markers and heredoc indentation. */
    private static boolean isSpace(int c) {
        return c == ' '
                || c == '\t'
                || c == '\n'
                || c == '\r'
                || c == 0x0B
                || c == 0x0C
                || c == 0x85
                || c == 0xA0
                || Character.isSpaceChar(c);
    }
}
