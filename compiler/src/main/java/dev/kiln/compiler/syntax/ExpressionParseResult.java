package dev.kiln.compiler.syntax;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.diag.Diagnostic;
import java.util.List;

/**
 * What parsing a lone expression gives: the expression ({@link Expression.Invalid} where nothing
 * could be read) and the problems found, in source order.
 */
public record ExpressionParseResult(Expression expression, List<Diagnostic> diagnostics) {

    public ExpressionParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
