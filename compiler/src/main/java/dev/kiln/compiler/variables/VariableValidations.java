package dev.kiln.compiler.variables;

import dev.kiln.compiler.diag.DiagnosticKind;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.eval.EvalContext;
import dev.kiln.compiler.eval.EvalResult;
import dev.kiln.compiler.eval.ExpressionEvaluator;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.function.FunctionCatalog;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.Value;
import java.util.Map;

/**
 * Checks a variable's winning value against its {@code validation} rules, as Packer's
 * {@code validateValue}: each condition sees only {@code var.NAME}; an unknown result is skipped
 * (the value is only known later), a null or non-bool one is the rule's fault, false is the value's.
 */
final class VariableValidations {

    private static final DiagnosticKind INVALID_RESULT = VariablesDiagnostics.INVALID_VARIABLE_VALIDATION_RESULT;

    private final FunctionCatalog functions;
    private final Diagnostics diagnostics;

    VariableValidations(FunctionCatalog functions, Diagnostics diagnostics) {
        this.functions = functions;
        this.diagnostics = diagnostics;
    }

    void check(DeclaredVariable variable, Assignment assignment) {
        EvalContext context = EvalContext.builder(functions)
                .variable("var", Value.object(Map.of(variable.name(), assignment.value())))
                .build();
        for (DeclaredVariable.Rule rule : variable.rules) {
            EvalResult result = ExpressionEvaluator.evaluate(rule.condition(), context);
            diagnostics.addAll(result.diagnostics());
            Value value = result.value().unmarkDeep();
            if (!value.isKnown()) continue;
            if (value.isNull()) {
                diagnostics.add(INVALID_RESULT.error(
                        "Validation condition expression must return either true or false, not null.",
                        rule.condition().range()));
                continue;
            }
            ConversionResult asBool = Conversion.convert(value, Type.BOOL);
            if (!asBool.isSuccess()) {
                diagnostics.add(INVALID_RESULT.error(
                        "Invalid validation condition result value: " + asBool + ".",
                        rule.condition().range()));
                continue;
            }
            if (asBool.value() instanceof BoolValue b && !b.value()) {
                SourceRange subject = assignment.subject() != null ? assignment.subject() : rule.definitionRange();
                diagnostics.add(VariablesDiagnostics.INVALID_VALUE_FOR_VARIABLE_2
                        .with(assignment.source().kind().packerName())
                        .error(
                                rule.errorMessage() + "\n\nThis was checked by the validation rule at "
                                        + where(rule.definitionRange()) + ".",
                                subject));
            }
        }
    }

    /** HCL's {@code Range.String()}. */
    static String where(SourceRange r) {
        if (r.start().line() == r.end().line()) {
            return r.file() + ":" + r.start().line() + "," + r.start().column() + "-"
                    + r.end().column();
        }
        return r.file() + ":" + r.start().line() + "," + r.start().column() + "-"
                + r.end().line() + "," + r.end().column();
    }
}
