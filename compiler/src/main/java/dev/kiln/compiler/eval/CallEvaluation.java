package dev.kiln.compiler.eval;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.function.CallResult;
import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionError;
import dev.kiln.stdlib.function.Parameter;
import dev.kiln.stdlib.type.ListType;
import dev.kiln.stdlib.type.SetType;
import dev.kiln.stdlib.type.TupleType;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Marks;
import dev.kiln.stdlib.value.SensitiveStrings;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Function calls as hclsyntax's {@code FunctionCallExpr}: the function comes from the context's
 * catalog ("Call to unknown function" with a suggestion otherwise), a final {@code ...} argument
 * is expanded into one argument per element, and a failed call points at the argument to blame.
 * Functions that need expressions rather than values ({@code can}, {@code try}, {@code convert},
 * {@code templatefile}) are handed to their {@link SpecialForm}.
 */
final class CallEvaluation {

    private CallEvaluation() {}

    static EvalResult evaluate(Expression.FunctionCall call, EvalContext context) {
        Optional<Function> found = context.functions().lookup(call.name());
        if (found.isEmpty()) {
            String suggestion = context.functions()
                    .suggest(call.name())
                    .map(name -> " Did you mean \"" + name + "\"?")
                    .orElse("");
            return new EvalResult(
                    Value.DYNAMIC,
                    List.of(EvalDiagnostics.CALL_TO_UNKNOWN_FUNCTION.error(
                            "There is no function named \"" + call.name() + "\"." + suggestion,
                            call.nameRange(),
                            call.range())));
        }
        Function function = found.get();
        Optional<SpecialForm> special = SpecialForms.of(function);
        if (special.isPresent()) return special.get().call(call, context);

        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Expression> expressions = new ArrayList<>(call.arguments());
        // Expanded elements have no expression of their own: they keep the value and the range.
        List<Value> preset = new ArrayList<>();
        List<SourceRange> ranges = new ArrayList<>();
        call.arguments().forEach(a -> ranges.add(SubjectRanges.start(a)));
        if (call.expandFinal() && !expressions.isEmpty()) {
            Expression last = expressions.remove(expressions.size() - 1);
            ranges.remove(ranges.size() - 1);
            EvalResult expanded = ExpressionEvaluator.evaluate(last, context);
            diagnostics.addAll(expanded.diagnostics());
            if (expanded.hasErrors()) return new EvalResult(Value.DYNAMIC, diagnostics);
            Value value = expanded.value();
            Type type = value.type();
            boolean sequence = type instanceof TupleType || type instanceof ListType || type instanceof SetType;
            if (type == Type.ANY || sequence) {
                if (value.isNull()) {
                    diagnostics.add(EvalDiagnostics.INVALID_EXPANDING_ARGUMENT_VALUE.error(
                            "The expanding argument (indicated by ...) must not be null.", last.range(), call.range()));
                    return new EvalResult(Value.DYNAMIC, diagnostics);
                }
                if (type == Type.ANY || !value.isKnown()) return new EvalResult(Value.DYNAMIC, diagnostics);
                Marks marks = value.marks();
                for (Value element : SplatEvaluation.elements(value.unmark())) {
                    preset.add(element.withAddedMarks(marks));
                    ranges.add(last.range());
                }
            } else {
                diagnostics.add(EvalDiagnostics.INVALID_EXPANDING_ARGUMENT_VALUE.error(
                        "The expanding argument (indicated by ...) must be of a tuple, list, or set type.",
                        last.range(),
                        call.range()));
                return new EvalResult(Value.DYNAMIC, diagnostics);
            }
        }

        int count = expressions.size() + preset.size();
        List<Parameter> parameters = function.parameters();
        if (count < parameters.size()) {
            diagnostics.add(EvalDiagnostics.NOT_ENOUGH_FUNCTION_ARGUMENTS.error(
                    String.format(
                            "Function \"%s\" expects%s %d argument(s). Missing value for \"%s\".",
                            call.name(),
                            function.variadic().isPresent() ? " at least" : "",
                            parameters.size(),
                            parameters.get(count).name()),
                    call.closeParenRange(),
                    call.range()));
            return new EvalResult(Value.DYNAMIC, diagnostics);
        }
        if (function.variadic().isEmpty() && count > parameters.size()) {
            diagnostics.add(EvalDiagnostics.TOO_MANY_FUNCTION_ARGUMENTS.error(
                    String.format("Function \"%s\" expects only %d argument(s).", call.name(), parameters.size()),
                    ranges.get(parameters.size()).startRange(),
                    call.range()));
            return new EvalResult(Value.DYNAMIC, diagnostics);
        }

        List<Value> values = new ArrayList<>();
        for (Expression argument : expressions) {
            EvalResult result = ExpressionEvaluator.evaluate(argument, context);
            diagnostics.addAll(result.diagnostics());
            values.add(result.value());
        }
        values.addAll(preset);
        if (EvalResult.hasErrors(diagnostics)) return new EvalResult(Value.DYNAMIC, diagnostics);

        CallResult result = function.call(values);
        if (result instanceof CallResult.Failure failure) {
            // Function messages quote their arguments ("failed to decode base64 data '...'"); a
            // sensitive one is masked here, so validate and console hide it as build does.
            Set<String> secrets = new LinkedHashSet<>();
            for (Value value : values) SensitiveStrings.collect(value, false, secrets);
            FunctionError error = failure.error();
            if (!secrets.isEmpty()) {
                error = new FunctionError(
                        SensitiveStrings.mask(error.summary(), secrets),
                        SensitiveStrings.mask(error.detail(), secrets),
                        SensitiveStrings.mask(error.message(), secrets),
                        error.argumentIndex());
            }
            diagnostics.add(diagnostic(error, call, ranges));
            return new EvalResult(Value.DYNAMIC, diagnostics);
        }
        return new EvalResult(result.value(), diagnostics);
    }

    /** The diagnostic for a failed call, pointing at the argument to blame if there is one. */
    static Diagnostic diagnostic(FunctionError error, Expression.FunctionCall call, List<SourceRange> argumentRanges) {
        if (error.argumentIndex().isPresent() && error.argumentIndex().getAsInt() < argumentRanges.size()) {
            return EvalDiagnostics.FUNCTION_CALL_FAILED
                    .with(error.summary())
                    .error(
                            error.detail(),
                            argumentRanges.get(error.argumentIndex().getAsInt()),
                            call.range());
        }
        return EvalDiagnostics.FUNCTION_CALL_FAILED
                .with(error.summary())
                .error(error.detail(), SubjectRanges.start(call), call.range());
    }
}
