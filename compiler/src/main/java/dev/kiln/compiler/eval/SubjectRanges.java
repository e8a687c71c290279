package dev.kiln.compiler.eval;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.source.SourcePos;
import dev.kiln.compiler.source.SourceRange;

/** The ranges HCL points diagnostics at, derived from the AST's ranges. */
final class SubjectRanges {

    private SubjectRanges() {}

    /**
     * HCL's {@code StartRange}: for a function call its name and open parenthesis, so an error
     * about an argument that is itself a call does not underline the whole call; otherwise the
     * whole expression.
     */
    static SourceRange start(Expression expression) {
        if (expression instanceof Expression.FunctionCall call) {
            return SourceRange.between(call.nameRange(), call.openParenRange());
        }
        return expression.range();
    }

    /** The {@code [key]} of an index (HCL's BracketRange); for a legacy {@code .0} the {@code .0}. */
    static SourceRange bracket(Expression.Index index) {
        SourcePos keyStart = index.key().range().start();
        SourcePos before = keyStart.offset() > index.range().start().offset()
                ? new SourcePos(keyStart.line(), Math.max(1, keyStart.column() - 1), keyStart.offset() - 1)
                : keyStart;
        return new SourceRange(index.range().file(), before, index.range().end());
    }

    /** The {@code .name} of an attribute access (HCL's traverser range). */
    static SourceRange attribute(Expression.GetAttr getAttr) {
        SourcePos nameStart = getAttr.nameRange().start();
        SourcePos before = nameStart.offset() > getAttr.range().start().offset()
                ? new SourcePos(nameStart.line(), Math.max(1, nameStart.column() - 1), nameStart.offset() - 1)
                : nameStart;
        return new SourceRange(
                getAttr.range().file(), before, getAttr.nameRange().end());
    }
}
