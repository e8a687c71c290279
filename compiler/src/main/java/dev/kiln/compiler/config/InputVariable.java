package dev.kiln.compiler.config;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.source.SourceRange;
import java.util.List;

/**
 * A declared input variable, from a {@code variable "NAME"} block or an attribute of a
 * {@code variables} block ({@code untyped}: its type is its default's). Expressions are as written
 * (null when absent); the evaluator turns {@code type} into a type and {@code defaultValue} into a value.
 */
public record InputVariable(
        String name,
        Expression type,
        Expression defaultValue,
        Expression description,
        Expression sensitive,
        List<VariableValidation> validations,
        boolean untyped,
        SourceRange nameRange,
        SourceRange definitionRange) {

    public InputVariable {
        validations = List.copyOf(validations);
    }

    /** One {@code validation} block: a condition on {@code var.NAME} and the sentence shown when it is false. */
    public record VariableValidation(Expression condition, Expression errorMessage, SourceRange definitionRange) {}
}
