package dev.kiln.compiler.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kiln.compiler.ast.BinaryOperator;
import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.ast.TemplatePart;
import dev.kiln.compiler.ast.UnaryOperator;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourcePos;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.compiler.syntax.ExpressionParseResult;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Mark;
import dev.kiln.stdlib.value.Value;
import java.util.List;
import java.util.Map;

/** Evaluation never throws, unknown operands give unknown results, and sensitive marks survive. */
class EvaluatorPropertiesTest {

    private static final SourceRange AT = SourceRange.at("<test>", SourcePos.START);
    private static final List<String> FRAGMENTS = List.of(
            "1",
            "2.5",
            "-3",
            "\"s\"",
            "\"a${var.name}b\"",
            "true",
            "null",
            "var.list",
            "var.tags",
            "var.objs",
            "var.secret",
            "var.unknown",
            "var.unknown_num",
            "var.nothing",
            "var.set",
            "var.nums",
            "local.greeting",
            "build.ID",
            "nope",
            "[1, \"a\"]",
            "{a = 1}",
            "upper(\"x\")",
            "length(var.list)",
            "concat(var.list...)",
            "can(var.x)",
            "try(var.y, 1)",
            "convert(1, string)",
            "templatefile(\"greeting.tpl\", {name = 1})");
    private static final List<String> FORMS = List.of(
            "%s + %s",
            "%s / %s",
            "%s %% %s",
            "%s == %s",
            "%s && %s",
            "%s || %s",
            "%s < %s",
            "!%s",
            "-%s",
            "%s ? %s : %s",
            "[for x in %s : x]",
            "{for k, v in %s : k => v}",
            "[for x in %s : x if %s]",
            "%s[*].name",
            "%s.*.a",
            "%s[0]",
            "%s[%s]",
            "%s.name",
            "\"${%s}-${%s}\"",
            "\"%%{ if %s }a%%{ else }b%%{ endif }\"",
            "\"%%{ for x in %s }${x}%%{ endfor }\"",
            "(%s)",
            "[%s, %s]",
            "{(%s) = %s}",
            "upper(%s)",
            "concat(%s...)",
            "try(%s, %s)",
            "can(%s)",
            "convert(%s, list(string))");

    private static final List<String> INSERTS =
            List.of("", "(", ")", "[", "]", "{", "}", "\"", "${", "%{", ".", "*", "...", ",", "?", ":", "\n");
    private static final List<Value> OPERANDS =
            List.of(Value.number(2), Value.string("3"), Value.TRUE, Value.FALSE, Value.string("true"));

    /** A fragment, or a form whose holes are filled with expressions up to {@code depth} levels deep. */
    private static String expression(FuzzedDataProvider data, int depth) {
        if (depth == 0 || data.consumeBoolean()) {
            return data.pickValue(FRAGMENTS);
        }
        String form = data.pickValue(FORMS);
        return String.format(
                form, expression(data, depth - 1), expression(data, depth - 1), expression(data, depth - 1));
    }

    /** An expression with one character replaced by a piece of syntax (or dropped). */
    private static String mutated(FuzzedDataProvider data) {
        String text = expression(data, 3);
        int at = data.consumeInt(0, Math.max(0, text.length() - 1));
        return text.substring(0, at) + data.pickValue(INSERTS) + text.substring(Math.min(text.length(), at + 1));
    }

    @FuzzTest
    void evaluatingNeverThrows(FuzzedDataProvider data) {
        String text = mutated(data);
        ExpressionParseResult parsed = HclParser.parseExpression(new SourceFile("<test>", text));
        EvalResult result = ExpressionEvaluator.evaluate(parsed.expression(), EvalFixtures.context());
        assertTrue(result.value() != null);
        Variables.of(parsed.expression());
        TypeExpressions.read(parsed.expression());
    }

    @FuzzTest
    void wellFormedExpressionsEvaluateWithoutThrowing(FuzzedDataProvider data) {
        String text = expression(data, 3);
        ExpressionParseResult parsed = HclParser.parseExpression(new SourceFile("<test>", text));
        assertFalse(parsed.hasErrors(), () -> text + " " + parsed.diagnostics());
        ExpressionEvaluator.evaluate(parsed.expression(), EvalFixtures.context());
    }

    @FuzzTest
    void unknownOperandsGiveUnknownResults(FuzzedDataProvider data) {
        BinaryOperator operator = data.pickValue(BinaryOperator.values());
        Value known = data.pickValue(OPERANDS);
        boolean unknownOnLeft = data.consumeBoolean();
        Type type = operator == BinaryOperator.AND || operator == BinaryOperator.OR ? Type.BOOL : Type.NUMBER;
        if (operator == BinaryOperator.EQUAL || operator == BinaryOperator.NOT_EQUAL) type = Type.STRING;
        Expression unknown = new Expression.Variable("u", AT);
        Expression other = new Expression.Variable("k", AT);
        Expression.Binary binary = new Expression.Binary(
                operator, unknownOnLeft ? unknown : other, unknownOnLeft ? other : unknown, AT, AT);
        EvalResult result = ExpressionEvaluator.evaluate(binary, scope(Value.unknown(type), known));
        // && and || may still decide from the known side (false && x, true || x), as HCL does.
        dev.kiln.stdlib.convert.ConversionResult asBool = dev.kiln.stdlib.convert.Conversion.convert(known, Type.BOOL);
        Value bool = asBool.isSuccess() ? asBool.value() : Value.DYNAMIC;
        boolean decided = (operator == BinaryOperator.AND && bool.equals(Value.FALSE))
                || (operator == BinaryOperator.OR && bool.equals(Value.TRUE));
        if (!result.hasErrors() && !decided) assertFalse(result.value().isKnown(), binary + " gave " + result.value());
    }

    @FuzzTest
    void sensitiveMarksSurviveOperatorsAndTemplates(FuzzedDataProvider data) {
        BinaryOperator operator = data.pickValue(BinaryOperator.values());
        Value plain = data.pickValue(OPERANDS);
        Value secret = data.pickValue(OPERANDS);
        boolean secretOnLeft = data.consumeBoolean();
        Expression s = new Expression.Variable("u", AT);
        Expression k = new Expression.Variable("k", AT);
        EvalContext context = scope(secret.mark(Mark.SENSITIVE), plain);
        EvalResult binary = ExpressionEvaluator.evaluate(
                new Expression.Binary(operator, secretOnLeft ? s : k, secretOnLeft ? k : s, AT, AT), context);
        if (!binary.hasErrors())
            assertTrue(binary.value().deepMarks().contains(Mark.SENSITIVE), operator + " lost the mark");
        for (UnaryOperator unary : UnaryOperator.values()) {
            EvalResult result = ExpressionEvaluator.evaluate(new Expression.Unary(unary, s, AT), context);
            if (!result.hasErrors())
                assertTrue(result.value().deepMarks().contains(Mark.SENSITIVE), unary + " lost the mark");
        }
        EvalResult template = ExpressionEvaluator.evaluate(
                new Expression.Template(
                        List.of(new TemplatePart.Literal("x", AT), new TemplatePart.Interpolation(s, AT)), false, AT),
                context);
        if (!template.hasErrors())
            assertTrue(template.value().deepMarks().contains(Mark.SENSITIVE), "template lost the mark");
    }

    private static EvalContext scope(Value u, Value k) {
        return EvalFixtures.context().child(Map.of("u", u, "k", k));
    }
}
