package dev.kiln.compiler.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Evaluation never throws, unknown operands give unknown results, and sensitive marks survive. */
class EvaluatorPropertiesTest {

    private static final SourceRange AT = SourceRange.at("<test>", SourcePos.START);
    private static final List<String> FRAGMENTS = List.of(
            "1", "2.5", "-3", "\"s\"", "\"a${var.name}b\"", "true", "null", "var.list", "var.tags", "var.objs",
            "var.secret", "var.unknown", "var.unknown_num", "var.nothing", "var.set", "var.nums", "local.greeting",
            "build.ID", "nope", "[1, \"a\"]", "{a = 1}", "upper(\"x\")", "length(var.list)", "concat(var.list...)",
            "can(var.x)", "try(var.y, 1)", "convert(1, string)", "templatefile(\"greeting.tpl\", {name = 1})");
    private static final List<String> FORMS = List.of(
            "%s + %s", "%s / %s", "%s %% %s", "%s == %s", "%s && %s", "%s || %s", "%s < %s", "!%s", "-%s",
            "%s ? %s : %s", "[for x in %s : x]", "{for k, v in %s : k => v}", "[for x in %s : x if %s]", "%s[*].name",
            "%s.*.a", "%s[0]", "%s[%s]", "%s.name", "\"${%s}-${%s}\"", "\"%%{ if %s }a%%{ else }b%%{ endif }\"",
            "\"%%{ for x in %s }${x}%%{ endfor }\"", "(%s)", "[%s, %s]", "{(%s) = %s}", "upper(%s)", "concat(%s...)",
            "try(%s, %s)", "can(%s)", "convert(%s, list(string))");

    @Provide
    Arbitrary<String> expressions() {
        Arbitrary<String> leaf = Arbitraries.of(FRAGMENTS);
        return Arbitraries.recursive(() -> leaf, inner -> Arbitraries.of(FORMS).flatMap(form ->
                inner.list().ofSize(3).map(args -> String.format(form, args.get(0), args.get(1), args.get(2)))), 0, 3);
    }

    /** Expressions and mutations of them (characters dropped, duplicated or swapped for others). */
    @Provide
    Arbitrary<String> mutated() {
        return expressions().flatMap(text -> Arbitraries.integers().between(0, Math.max(0, text.length() - 1))
                .flatMap(at -> Arbitraries.of("", "(", ")", "[", "]", "{", "}", "\"", "${", "%{", ".", "*", "...", ",", "?", ":", "\n")
                        .map(insert -> text.substring(0, at) + insert + text.substring(Math.min(text.length(), at + 1)))));
    }

    @Property(tries = 300)
    void evaluatingNeverThrows(@ForAll("mutated") String text) {
        ExpressionParseResult parsed = HclParser.parseExpression(new SourceFile("<test>", text));
        EvalResult result = ExpressionEvaluator.evaluate(parsed.expression(), EvalFixtures.context());
        assertTrue(result.value() != null);
        Variables.of(parsed.expression());
        TypeExpressions.read(parsed.expression());
    }

    @Property(tries = 200)
    void wellFormedExpressionsEvaluateWithoutThrowing(@ForAll("expressions") String text) {
        ExpressionParseResult parsed = HclParser.parseExpression(new SourceFile("<test>", text));
        assertFalse(parsed.hasErrors(), () -> text + " " + parsed.diagnostics());
        ExpressionEvaluator.evaluate(parsed.expression(), EvalFixtures.context());
    }

    @Provide
    Arbitrary<Value> operands() {
        return Arbitraries.of(Value.number(2), Value.string("3"), Value.TRUE, Value.FALSE, Value.string("true"));
    }

    @Property(tries = 200)
    void unknownOperandsGiveUnknownResults(@ForAll BinaryOperator operator, @ForAll("operands") Value known,
            @ForAll boolean unknownOnLeft) {
        Type type = operator == BinaryOperator.AND || operator == BinaryOperator.OR ? Type.BOOL : Type.NUMBER;
        if (operator == BinaryOperator.EQUAL || operator == BinaryOperator.NOT_EQUAL) type = Type.STRING;
        Expression unknown = new Expression.Variable("u", AT);
        Expression other = new Expression.Variable("k", AT);
        Expression.Binary binary = new Expression.Binary(operator, unknownOnLeft ? unknown : other,
                unknownOnLeft ? other : unknown, AT, AT);
        EvalResult result = ExpressionEvaluator.evaluate(binary, scope(Value.unknown(type), known));
        // && and || may still decide from the known side (false && x, true || x), as HCL does.
        dev.kiln.stdlib.convert.ConversionResult asBool = dev.kiln.stdlib.convert.Conversion.convert(known, Type.BOOL);
        Value bool = asBool.isSuccess() ? asBool.value() : Value.DYNAMIC;
        boolean decided = (operator == BinaryOperator.AND && bool.equals(Value.FALSE))
                || (operator == BinaryOperator.OR && bool.equals(Value.TRUE));
        if (!result.hasErrors() && !decided) assertFalse(result.value().isKnown(), binary + " gave " + result.value());
    }

    @Property(tries = 200)
    void sensitiveMarksSurviveOperatorsAndTemplates(@ForAll BinaryOperator operator, @ForAll("operands") Value plain,
            @ForAll("operands") Value secret, @ForAll boolean secretOnLeft) {
        Expression s = new Expression.Variable("u", AT);
        Expression k = new Expression.Variable("k", AT);
        EvalContext context = scope(secret.mark(Mark.SENSITIVE), plain);
        EvalResult binary = ExpressionEvaluator.evaluate(new Expression.Binary(operator,
                secretOnLeft ? s : k, secretOnLeft ? k : s, AT, AT), context);
        if (!binary.hasErrors()) assertTrue(binary.value().deepMarks().contains(Mark.SENSITIVE), operator + " lost the mark");
        for (UnaryOperator unary : UnaryOperator.values()) {
            EvalResult result = ExpressionEvaluator.evaluate(new Expression.Unary(unary, s, AT), context);
            if (!result.hasErrors()) assertTrue(result.value().deepMarks().contains(Mark.SENSITIVE), unary + " lost the mark");
        }
        EvalResult template = ExpressionEvaluator.evaluate(new Expression.Template(List.of(
                new TemplatePart.Literal("x", AT), new TemplatePart.Interpolation(s, AT)), false, AT), context);
        if (!template.hasErrors()) assertTrue(template.value().deepMarks().contains(Mark.SENSITIVE), "template lost the mark");
    }

    private static EvalContext scope(Value u, Value k) {
        return EvalFixtures.context().child(Map.of("u", u, "k", k));
    }
}
