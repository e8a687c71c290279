package dev.kiln.compiler.variables;

import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.eval.EvalResult;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.compiler.syntax.ExpressionParseResult;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.compiler.syntax.ParsedFiles;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;

/**
 * Turns the text of a {@code PKR_VAR_} variable or a {@code -var} into a value as Packer's
 * {@code expressionFromVariableDefinition}: for string, number and untyped variables the text is the
 * value, as is (quotes included); for any other type it is parsed as an HCL expression, in a file
 * named like Packer's ({@code <value for var.x from env>}) so errors show the text.
 */
final class CommandLineValues {

    /** The value and where its text is (null for text taken literally). */
    record Read(Value value, SourceRange range) {}

    private final ParsedFiles files;
    private final Diagnostics diagnostics;

    CommandLineValues(ParsedFiles files, Diagnostics diagnostics) {
        this.files = files;
        this.diagnostics = diagnostics;
    }

    /** The value of {@code text} for a variable of {@code type}; null when the text does not parse. */
    Read read(String fileName, String text, Type type) {
        if (type == Type.STRING || type == Type.NUMBER || type == Type.ANY) return new Read(Value.string(text), null);
        SourceFile file = new SourceFile(fileName, text);
        files.add(file);
        ExpressionParseResult parsed = HclParser.parseExpression(file);
        diagnostics.addAll(parsed.diagnostics());
        if (parsed.hasErrors()) return null;
        EvalResult evaluated = LiteralEvaluation.withoutFunctions(parsed.expression());
        diagnostics.addAll(evaluated.diagnostics());
        return new Read(evaluated.value(), parsed.expression().range());
    }
}
