package dev.kiln.compiler.eval;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.ast.TemplatePart;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourcePos;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.compiler.syntax.ParseResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole text of a file parsed as a template, as hclsyntax's {@code ParseTemplate}.
 *
 * <p>The parser reads templates only inside strings and heredocs, so the text is read as the body
 * of a heredoc whose terminator it does not contain. Positions in the tree are therefore one line
 * below the file's own; {@link #unwrap(Diagnostic)} moves a diagnostic back onto the file.
 */
final class TemplateFiles {

    private final Expression expression;
    private final List<Diagnostic> diagnostics;
    private final int headerLength;

    private TemplateFiles(Expression expression, List<Diagnostic> diagnostics, int headerLength) {
        this.expression = expression;
        this.headerLength = headerLength;
        this.diagnostics = diagnostics.stream().map(this::unwrap).toList();
    }

    static TemplateFiles parse(String name, String text) {
        String terminator = "KILN_TEMPLATE_END";
        while (text.contains(terminator)) terminator += "_";
        String header = "template = <<" + terminator + "\n";
        boolean endsWithNewline = text.isEmpty() || text.endsWith("\n");
        String wrapped = header + text + (endsWithNewline ? "" : "\n") + terminator + "\n";
        ParseResult parsed = HclParser.parse(new SourceFile(name, wrapped));
        List<Attribute> attributes = parsed.file().body().attributes();
        Expression expression = attributes.isEmpty()
                ? new Expression.Invalid(parsed.file().body().range())
                : attributes.get(0).expression();
        if (!endsWithNewline && expression instanceof Expression.Template template) {
            expression = withoutAddedNewline(template);
        }
        return new TemplateFiles(expression, parsed.diagnostics(), header.length());
    }

    Expression expression() {
        return expression;
    }

    /** The syntax problems, positioned in the file. */
    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** A diagnostic about the wrapped text as one about the file itself. */
    Diagnostic unwrap(Diagnostic diagnostic) {
        return diagnostic.at(unwrap(diagnostic.subject()), unwrap(diagnostic.context()));
    }

    /** A range in the wrapped text as a range in the file itself. */
    SourceRange unwrap(SourceRange range) {
        if (range == null) return null;
        return new SourceRange(range.file(), unwrap(range.start()), unwrap(range.end()));
    }

    private SourcePos unwrap(SourcePos pos) {
        if (pos.line() <= 1) return SourcePos.START;
        return new SourcePos(pos.line() - 1, pos.column(), pos.offset() - headerLength);
    }

    private static Expression withoutAddedNewline(Expression.Template template) {
        List<TemplatePart> parts = new ArrayList<>(template.parts());
        if (!parts.isEmpty()
                && parts.get(parts.size() - 1) instanceof TemplatePart.Literal last
                && last.text().endsWith("\n")) {
            String text = last.text().substring(0, last.text().length() - 1);
            parts.remove(parts.size() - 1);
            if (!text.isEmpty()) parts.add(new TemplatePart.Literal(text, last.range()));
        }
        return new Expression.Template(parts, false, template.range());
    }
}
