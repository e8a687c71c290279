package dev.kiln.compiler.variables;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.config.InputVariable;
import dev.kiln.compiler.config.InputVariable.VariableValidation;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.eval.EvalResult;
import dev.kiln.compiler.eval.Traversal;
import dev.kiln.compiler.eval.TypeConstraint;
import dev.kiln.compiler.eval.TypeExpressions;
import dev.kiln.compiler.eval.Variables;
import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.convert.Defaults;
import dev.kiln.stdlib.function.FunctionCatalog;
import dev.kiln.stdlib.type.ObjectType;
import dev.kiln.stdlib.type.TupleType;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads variable declarations as Packer's {@code decodeVariableBlock}: the type, the default
 * (evaluated with {@code env()} as the only function and no variables), description, sensitivity
 * and the static checks of validation rules. A variable whose type or default cannot be evaluated
 * is not declared, as in Packer.
 */
final class VariableDeclarations {

    private final FunctionCatalog defaultFunctions;
    private final Diagnostics diagnostics;

    VariableDeclarations(FunctionCatalog defaultFunctions, Diagnostics diagnostics) {
        this.defaultFunctions = defaultFunctions;
        this.diagnostics = diagnostics;
    }

    Optional<DeclaredVariable> read(InputVariable variable) {
        if (variable.untyped()) return untyped(variable);
        String description = StaticValues.string(variable.description(), diagnostics);
        TypeConstraint constraint = TypeConstraint.ANY;
        if (variable.type() != null) {
            TypeExpressions.Result type = TypeExpressions.read(variable.type());
            diagnostics.addAll(type.diagnostics());
            if (type.hasErrors()) return Optional.empty();
            constraint = type.constraint();
        }
        boolean sensitive = StaticValues.bool(variable.sensitive(), diagnostics);
        Type type = constraint.type();
        Value defaultValue = null;
        if (variable.defaultValue() != null) {
            EvalResult evaluated = LiteralEvaluation.withFunctions(variable.defaultValue(), defaultFunctions);
            diagnostics.addAll(evaluated.diagnostics());
            if (evaluated.hasErrors()) return Optional.empty();
            defaultValue = evaluated.value();
            ConversionResult converted = Conversion.convert(defaultValue, type, constraint.defaults());
            if (converted.isSuccess()) {
                defaultValue = converted.value();
            } else {
                diagnostics.add(VariablesDiagnostics.INVALID_DEFAULT_VALUE_FOR_VARIABLE.error(
                        "This default value is not" + " compatible with the variable's type constraint: " + converted
                                + ".",
                        variable.defaultValue().range()));
                defaultValue = Value.DYNAMIC;
            }
            // An untyped variable takes its default's type, except for {} and [] which say nothing useful.
            if (type == Type.ANY && !isEmptyStructure(defaultValue.type())) type = defaultValue.type();
        }
        List<DeclaredVariable.Rule> rules = new ArrayList<>();
        for (VariableValidation validation : variable.validations())
            rule(variable.name(), validation).ifPresent(rules::add);
        DeclaredVariable declared = new DeclaredVariable(
                variable,
                type,
                constraint.defaults(),
                sensitive,
                description == null ? "" : description,
                defaultValue != null,
                rules);
        if (defaultValue != null) {
            declared.assignments.add(new Assignment(
                    new ValueSource(
                            ValueSource.Kind.DEFAULT,
                            variable.name(),
                            variable.defaultValue().range()),
                    defaultValue));
        }
        return Optional.of(declared);
    }

    /** An attribute of a {@code variables} block: its type is its value's. */
    private Optional<DeclaredVariable> untyped(InputVariable variable) {
        EvalResult evaluated = LiteralEvaluation.withFunctions(variable.defaultValue(), defaultFunctions);
        diagnostics.addAll(evaluated.diagnostics());
        if (evaluated.hasErrors()) return Optional.empty();
        Value value = evaluated.value();
        DeclaredVariable declared =
                new DeclaredVariable(variable, value.type(), Defaults.NONE, false, "", true, List.of());
        declared.assignments.add(new Assignment(
                new ValueSource(
                        ValueSource.Kind.DEFAULT,
                        variable.name(),
                        variable.defaultValue().range()),
                value));
        return Optional.of(declared);
    }

    private static boolean isEmptyStructure(Type type) {
        return (type instanceof ObjectType o && o.attributeTypes().isEmpty())
                || (type instanceof TupleType t && t.elementTypes().isEmpty());
    }

    /**
     * A rule's condition may refer to this variable only, so validating never needs another value;
     * its message is shown inside a larger one, so it must read as sentences.
     */
    private Optional<DeclaredVariable.Rule> rule(String name, VariableValidation validation) {
        int before = diagnostics.list().size();
        Expression condition = validation.condition();
        if (condition != null) {
            int selfReferences = 0;
            for (Traversal t : Variables.of(condition)) {
                if (t.root().equals("var") && List.of(name).equals(t.attributeNames(1))) {
                    selfReferences++;
                    continue;
                }
                diagnostics.add(VariablesDiagnostics.INVALID_REFERENCE_IN_VARIABLE_VALIDATION.error(
                        "The condition for variable \"" + name + "\" can only refer to the variable itself, using var."
                                + name + ".",
                        t.range()));
            }
            if (selfReferences < 1) {
                diagnostics.add(VariablesDiagnostics.INVALID_VARIABLE_VALIDATION_CONDITION.error(
                        "The condition for variable \"" + name + "\" must refer to var." + name
                                + " in order to test incoming values.",
                        condition.range()));
            }
        }
        String message = null;
        if (validation.errorMessage() != null) {
            message = StaticValues.string(validation.errorMessage(), diagnostics);
            if (message != null && message.isEmpty()) {
                diagnostics.add(VariablesDiagnostics.INVALID_VALIDATION_ERROR_MESSAGE.error(
                        "An empty string is not a valid nor useful error message.",
                        validation.errorMessage().range()));
            } else if (message != null && !looksLikeSentences(message)) {
                diagnostics.add(VariablesDiagnostics.INVALID_VALIDATION_ERROR_MESSAGE.error(
                        "Validation error message must be at"
                                + " least one full sentence starting with an uppercase letter ( if the alphabet permits it ) and"
                                + " ending with a period or question mark.",
                        validation.errorMessage().range()));
            }
        }
        boolean clean = diagnostics.list().subList(before, diagnostics.list().size()).stream()
                .noneMatch(Diagnostic::isError);
        if (!clean || condition == null || message == null) return Optional.empty();
        return Optional.of(new DeclaredVariable.Rule(condition, message, validation.definitionRange()));
    }

    /** Packer's heuristic: a letter first must be uppercase, and the text must end like a sentence. */
    static boolean looksLikeSentences(String text) {
        String s = text.strip();
        if (s.isEmpty()) return false;
        int first = s.codePointAt(0);
        int last = s.codePointBefore(s.length());
        if (Character.isLetter(first) && !Character.isUpperCase(first)) return false;
        return last == '.' || last == '?' || last == '!';
    }
}
