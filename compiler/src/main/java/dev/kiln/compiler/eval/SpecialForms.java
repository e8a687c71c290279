package dev.kiln.compiler.eval;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionCatalog;
import dev.kiln.stdlib.function.FunctionException;
import dev.kiln.stdlib.type.MapType;
import dev.kiln.stdlib.type.ObjectType;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.MapValue;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The evaluator's side of {@link EvaluatorFunctions}: {@code can} and {@code try} as HCL's
 * {@code ext/tryfunc}, {@code convert} as {@code ext/typeexpr}'s convert function and Packer's
 * {@code templatefile}.
 */
final class SpecialForms {

    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_-]*");
    private static final Map<Function, SpecialForm> FORMS = new IdentityHashMap<>();

    static {
        FORMS.put(EvaluatorFunctions.CAN, SpecialForms::can);
        FORMS.put(EvaluatorFunctions.TRY, SpecialForms::tryForm);
        FORMS.put(EvaluatorFunctions.CONVERT, SpecialForms::convert);
        FORMS.put(EvaluatorFunctions.TEMPLATEFILE, SpecialForms::templatefile);
    }

    private SpecialForms() {}

    /** The form that evaluates calls of {@code function}, if it is one of these. */
    static Optional<SpecialForm> of(Function function) {
        return Optional.ofNullable(FORMS.get(function));
    }

    private static EvalResult can(Expression.FunctionCall call, EvalContext context) {
        Optional<EvalResult> arity = arity(call, EvaluatorFunctions.CAN);
        if (arity.isPresent()) return arity.get();
        Expression expression = call.arguments().get(0);
        if (dependsOnUnknowns(expression, context)) return EvalResult.of(Value.unknown(Type.BOOL));
        return EvalResult.of(
                Value.bool(!ExpressionEvaluator.evaluate(expression, context).hasErrors()));
    }

    private static EvalResult tryForm(Expression.FunctionCall call, EvalContext context) {
        List<Diagnostic> failures = new ArrayList<>();
        for (Expression expression : call.arguments()) {
            // An expression that depends on unknown values may still succeed or fail later.
            if (dependsOnUnknowns(expression, context)) return EvalResult.of(Value.DYNAMIC);
            EvalResult result = ExpressionEvaluator.evaluate(expression, context);
            if (!result.hasErrors()) return EvalResult.of(result.value());
            failures.addAll(result.diagnostics());
        }
        if (call.arguments().isEmpty()) return callError(call, "at least one argument is required");
        StringBuilder message = new StringBuilder("no expression succeeded:\n");
        for (Diagnostic failure : failures) {
            message.append("- ").append(failure.summary());
            if (failure.subject() != null)
                message.append(" (at ").append(position(failure.subject())).append(')');
            message.append("\n  ").append(failure.detail()).append('\n');
        }
        message.append("\nAt least one expression must produce a successful result");
        return callError(call, message.toString());
    }

    private static EvalResult convert(Expression.FunctionCall call, EvalContext context) {
        Optional<EvalResult> arity = arity(call, EvaluatorFunctions.CONVERT);
        if (arity.isPresent()) return arity.get();
        TypeExpressions.Result type = TypeExpressions.read(call.arguments().get(1));
        EvalResult value = ExpressionEvaluator.evaluate(call.arguments().get(0), context);
        List<Diagnostic> diagnostics = new ArrayList<>(value.diagnostics());
        diagnostics.addAll(type.diagnostics());
        if (EvalResult.hasErrors(diagnostics)) return new EvalResult(Value.DYNAMIC, diagnostics);
        ConversionResult converted = Conversion.convert(
                value.value(), type.constraint().type(), type.constraint().defaults());
        if (!converted.isSuccess()) {
            diagnostics.add(EvalDiagnostics.INVALID_FUNCTION_ARGUMENT.error(
                    "Invalid value for \"value\" parameter: " + ((ConversionResult.Failure) converted).message() + ".",
                    SubjectRanges.start(call.arguments().get(0)),
                    call.range()));
            return new EvalResult(Value.DYNAMIC, diagnostics);
        }
        return new EvalResult(converted.value(), diagnostics);
    }

    private static EvalResult templatefile(Expression.FunctionCall call, EvalContext context) {
        Optional<EvalResult> arity = arity(call, EvaluatorFunctions.TEMPLATEFILE);
        if (arity.isPresent()) return arity.get();
        List<Diagnostic> diagnostics = new ArrayList<>();
        EvalResult pathResult = ExpressionEvaluator.evaluate(call.arguments().get(0), context);
        EvalResult varsResult = ExpressionEvaluator.evaluate(call.arguments().get(1), context);
        diagnostics.addAll(pathResult.diagnostics());
        diagnostics.addAll(varsResult.diagnostics());
        if (EvalResult.hasErrors(diagnostics)) return new EvalResult(Value.DYNAMIC, diagnostics);
        ConversionResult path = Conversion.convert(pathResult.value(), Type.STRING);
        if (!path.isSuccess() || path.value().isNull()) {
            return argumentError(
                    call,
                    0,
                    "path",
                    path.isSuccess() ? "argument must not be null" : ((ConversionResult.Failure) path).message(),
                    diagnostics);
        }
        Value vars = varsResult.value();
        if (!path.value().isKnown() || !vars.isWhollyKnown()) return new EvalResult(Value.DYNAMIC, diagnostics);
        if (!(vars.type() instanceof MapType || vars.type() instanceof ObjectType) || vars.isNull()) {
            return argumentError(call, 1, "vars", "invalid vars value: must be a map", diagnostics);
        }
        Map<String, Value> variables =
                new LinkedHashMap<>(vars instanceof MapValue map ? map.entries() : ((ObjectValue) vars).attributes());
        for (String name : variables.keySet()) {
            if (!IDENTIFIER.matcher(name).matches()) {
                return argumentError(
                        call,
                        1,
                        "vars",
                        "invalid template variable name \"" + name
                                + "\": must start with a letter, followed by zero or more letters, digits, and underscores",
                        diagnostics);
            }
        }
        String relative = ((StringValue) path.value().unmarkDeep()).value();
        String text;
        try {
            // Inside the try: a path Java cannot represent (a NUL byte) is a missing file, as in Go.
            Path file = baseDirectory(context).resolve(relative);
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return argumentError(call, 0, "path", "no file exists at " + relative, diagnostics);
        }
        TemplateFiles template = TemplateFiles.parse(relative, text);
        if (template.hasErrors()) {
            diagnostics.addAll(template.diagnostics());
            return new EvalResult(Value.DYNAMIC, diagnostics);
        }
        for (Traversal traversal : Variables.of(template.expression())) {
            if (!variables.containsKey(traversal.root())) {
                return argumentError(
                        call,
                        1,
                        "vars",
                        "vars map does not contain key \"" + traversal.root() + "\", referenced at "
                                + position(template.unwrap(traversal.range())),
                        diagnostics);
            }
        }
        EvalContext.Builder scope = EvalContext.builder(withoutRecursion(context.functions()));
        variables.forEach(scope::variable);
        EvalResult rendered = ExpressionEvaluator.evaluate(template.expression(), scope.build());
        rendered.diagnostics().forEach(d -> diagnostics.add(template.unwrap(d)));
        return new EvalResult(rendered.hasErrors() ? Value.DYNAMIC : rendered.value(), diagnostics);
    }

    /** Packer replaces templatefile inside a template by a stub that refuses to run. */
    private static FunctionCatalog withoutRecursion(FunctionCatalog functions) {
        List<Function> kept = new ArrayList<>();
        for (Function function : functions.functions()) {
            if (!function.name().equals("templatefile")) kept.add(function);
        }
        Function stub = Function.builder("templatefile")
                .parameter(EvaluatorFunctions.TEMPLATEFILE.parameters().get(0))
                .parameter(EvaluatorFunctions.TEMPLATEFILE.parameters().get(1))
                .returns(Type.ANY, args -> {
                    throw FunctionException.of("cannot recursively call templatefile from inside templatefile call");
                })
                .implementation((args, type) -> Value.DYNAMIC)
                .build();
        kept.add(stub);
        return FunctionCatalog.of(kept);
    }

    private static Path baseDirectory(EvalContext context) {
        Optional<Value> path = context.lookup("path");
        if (path.isPresent()
                && path.get() instanceof ObjectValue object
                && object.attribute("root") instanceof StringValue root) {
            return Paths.get(root.value());
        }
        return Paths.get("");
    }

    /**
     * HCL's tryfunc refuses to decide while an expression's references are unknown: the
     * expression might fail, or not, once they are known.
     */
    static boolean dependsOnUnknowns(Expression expression, EvalContext context) {
        for (Traversal traversal : Variables.of(expression)) {
            Optional<Value> root = context.lookup(traversal.root());
            if (root.isEmpty()) continue;
            Value value = root.get();
            boolean failed = false;
            for (Traversal.Step step : traversal.steps()) {
                EvalResult next = step instanceof Traversal.Attribute attribute
                        ? TraversalEvaluation.getAttr(value, attribute.name(), traversal.range())
                        : TraversalEvaluation.index(value, ((Traversal.Index) step).key(), traversal.range());
                if (next.hasErrors()) {
                    failed = true;
                    break;
                }
                value = next.value();
            }
            if (!failed && !value.isWhollyKnown()) return true;
        }
        return false;
    }

    private static Optional<EvalResult> arity(Expression.FunctionCall call, Function function) {
        int count = call.arguments().size();
        int wanted = function.parameters().size();
        if (call.expandFinal()) {
            return Optional.of(new EvalResult(
                    Value.DYNAMIC,
                    List.of(EvalDiagnostics.INVALID_EXPANDING_ARGUMENT_VALUE.error(
                            "The expanding argument (indicated by ...) cannot be used with \"" + call.name() + "\".",
                            call.arguments().get(count - 1).range(),
                            call.range()))));
        }
        if (count < wanted) {
            return Optional.of(new EvalResult(
                    Value.DYNAMIC,
                    List.of(EvalDiagnostics.NOT_ENOUGH_FUNCTION_ARGUMENTS.error(
                            String.format(
                                    "Function \"%s\" expects %d argument(s). Missing value for \"%s\".",
                                    call.name(),
                                    wanted,
                                    function.parameters().get(count).name()),
                            call.closeParenRange(),
                            call.range()))));
        }
        if (count > wanted) {
            return Optional.of(new EvalResult(
                    Value.DYNAMIC,
                    List.of(EvalDiagnostics.TOO_MANY_FUNCTION_ARGUMENTS.error(
                            String.format("Function \"%s\" expects only %d argument(s).", call.name(), wanted),
                            SubjectRanges.start(call.arguments().get(wanted)).startRange(),
                            call.range()))));
        }
        return Optional.empty();
    }

    private static EvalResult argumentError(
            Expression.FunctionCall call, int index, String parameter, String message, List<Diagnostic> diagnostics) {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.add(EvalDiagnostics.INVALID_FUNCTION_ARGUMENT.error(
                "Invalid value for \"" + parameter + "\" parameter: " + message + ".",
                SubjectRanges.start(call.arguments().get(index)),
                call.range()));
        return new EvalResult(Value.DYNAMIC, all);
    }

    private static EvalResult callError(Expression.FunctionCall call, String message) {
        return new EvalResult(
                Value.DYNAMIC,
                List.of(EvalDiagnostics.ERROR_IN_FUNCTION_CALL.error(
                        "Call to function \"" + call.name() + "\" failed: " + message + ".",
                        SubjectRanges.start(call),
                        call.range())));
    }

    /** HCL's {@code Range.String()}: {@code file:line,column-column}. */
    private static String position(SourceRange range) {
        String start = range.start().line() + "," + range.start().column();
        String end = range.end().line() == range.start().line()
                ? String.valueOf(range.end().column())
                : range.end().line() + "," + range.end().column();
        return range.file() + ":" + start + "-" + end;
    }
}
