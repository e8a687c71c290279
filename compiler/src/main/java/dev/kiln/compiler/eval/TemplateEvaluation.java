package dev.kiln.compiler.eval;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.ast.TemplatePart;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.Marks;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * String templates as hclsyntax's {@code TemplateExpr}, {@code TemplateJoinExpr} and
 * {@code TemplateWrapExpr}: every part is converted to a string, any unknown part makes the whole
 * string unknown, and the marks of every part end up on the result. A template that is exactly
 * one interpolation ({@code "${x}"}) gives the value itself, unconverted.
 */
final class TemplateEvaluation {

    private TemplateEvaluation() {}

    static EvalResult evaluate(Expression.Template template, EvalContext context) {
        List<TemplatePart> parts = template.parts();
        if (parts.size() == 1 && parts.get(0) instanceof TemplatePart.Interpolation only) {
            return ExpressionEvaluator.evaluate(only.expression(), context);
        }
        Rendering rendering = new Rendering(template.range());
        rendering.render(parts, context);
        return rendering.result();
    }

    /** The state of rendering one template: text so far, whether it is known, marks, problems. */
    private static final class Rendering {
        private final SourceRange templateRange;
        private final StringBuilder text = new StringBuilder();
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private boolean known = true;
        private Marks marks = Marks.NONE;

        Rendering(SourceRange templateRange) {
            this.templateRange = templateRange;
        }

        EvalResult result() {
            if (EvalResult.hasErrors(diagnostics)) return new EvalResult(Value.unknown(Type.STRING), diagnostics);
            Value value = known ? Value.string(text.toString()) : Value.unknown(Type.STRING);
            return new EvalResult(value.withAddedMarks(marks), diagnostics);
        }

        void render(List<TemplatePart> parts, EvalContext context) {
            for (TemplatePart part : parts) {
                if (part instanceof TemplatePart.Literal literal) {
                    text.append(literal.text());
                } else if (part instanceof TemplatePart.Interpolation interpolation) {
                    interpolate(interpolation.expression(), context);
                } else if (part instanceof TemplatePart.If ifPart) {
                    renderIf(ifPart, context);
                } else if (part instanceof TemplatePart.For forPart) {
                    renderFor(forPart, context);
                }
            }
        }

        private void interpolate(Expression expression, EvalContext context) {
            EvalResult result = ExpressionEvaluator.evaluate(expression, context);
            diagnostics.addAll(result.diagnostics());
            Value value = result.value();
            if (value.isNull()) {
                diagnostics.add(EvalDiagnostics.INVALID_TEMPLATE_INTERPOLATION_VALUE.error(
                        "The expression result is null. Cannot include a null value in a string template.",
                        expression.range(),
                        templateRange));
                return;
            }
            ConversionResult converted = Conversion.convert(value, Type.STRING);
            if (!converted.isSuccess()) {
                diagnostics.add(EvalDiagnostics.INVALID_TEMPLATE_INTERPOLATION_VALUE.error(
                        "Cannot include the given value in a string template: "
                                + ((ConversionResult.Failure) converted).message() + ".",
                        expression.range(),
                        templateRange));
                return;
            }
            append(converted.value());
        }

        private void append(Value string) {
            marks = marks.union(string.deepMarks());
            if (string.isKnown()) {
                text.append(((StringValue) string.unmarkDeep()).value());
            } else {
                known = false;
            }
        }

        /** {@code %{if}} is a conditional whose branches are templates. */
        private void renderIf(TemplatePart.If ifPart, EvalContext context) {
            EvalResult condition = ExpressionEvaluator.evaluate(ifPart.condition(), context);
            diagnostics.addAll(condition.diagnostics());
            Value value = condition.value();
            if (value.isNull()) {
                diagnostics.add(EvalDiagnostics.NULL_CONDITION.error(
                        "The condition value is null. Conditions must either be true or false.",
                        ifPart.condition().range(),
                        ifPart.range()));
                return;
            }
            ConversionResult asBool = Conversion.convert(value, Type.BOOL);
            if (!asBool.isSuccess()) {
                diagnostics.add(EvalDiagnostics.INCORRECT_CONDITION_TYPE.error(
                        "The condition expression must be of type bool.",
                        ifPart.condition().range(),
                        ifPart.range()));
                return;
            }
            marks = marks.union(value.marks());
            Value bool = asBool.value().unmarkDeep();
            if (!bool.isKnown()) {
                known = false;
                // Still render both branches (into a scratch rendering) to report their mistakes.
                Rendering scratch = new Rendering(templateRange);
                scratch.render(ifPart.whenTrue(), context);
                scratch.render(ifPart.whenFalse(), context);
                diagnostics.addAll(scratch.diagnostics);
                return;
            }
            render(((BoolValue) bool).value() ? ifPart.whenTrue() : ifPart.whenFalse(), context);
        }

        /** {@code %{for}} is a for expression producing strings, joined. */
        private void renderFor(TemplatePart.For forPart, EvalContext context) {
            EvalResult collection = ExpressionEvaluator.evaluate(forPart.collection(), context);
            diagnostics.addAll(collection.diagnostics());
            Value value = collection.value();
            if (value.isNull()) {
                diagnostics.add(EvalDiagnostics.ITERATION_OVER_NULL_VALUE.error(
                        "A null value cannot be used as the collection in a 'for' expression.",
                        forPart.collection().range(),
                        forPart.range()));
                return;
            }
            if (value.type() == Type.ANY) {
                known = false;
                return;
            }
            marks = marks.union(value.marks());
            Value plain = value.unmark();
            if (!ForEvaluation.canIterate(plain.type())) {
                diagnostics.add(EvalDiagnostics.ITERATION_OVER_NON_ITERABLE_VALUE.error(
                        "A value of type " + plain.type().friendlyName()
                                + " cannot be used as the collection in a 'for' expression.",
                        forPart.collection().range(),
                        forPart.range()));
                return;
            }
            if (!plain.isKnown()) {
                known = false;
                return;
            }
            for (ForEvaluation.Element element : ForEvaluation.elements(plain)) {
                Map<String, Value> scope = new HashMap<>();
                if (forPart.keyVar() != null) scope.put(forPart.keyVar(), element.key());
                scope.put(forPart.valueVar(), element.value());
                render(forPart.body(), context.child(scope));
            }
        }
    }
}
