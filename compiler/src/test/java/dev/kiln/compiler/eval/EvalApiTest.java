package dev.kiln.compiler.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.functions.PackerFunctions;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API the configuration loader uses: Variables, TypeExpressions and env(). */
class EvalApiTest {

    private static Expression parse(String text) {
        return HclParser.parseExpression(new SourceFile("<test>", text)).expression();
    }

    @Test
    void variablesListStaticTraversalsButNotForVariables() {
        List<Traversal> found = Variables.of(
                parse("\"${var.a}\" == data.amazon-ami.ubuntu.id ? local.x[0].y : [for v in var.list : v + local.n]"));
        assertEquals(
                List.of("var.a", "data.amazon-ami.ubuntu.id", "local.x[0].y", "var.list", "local.n"),
                found.stream().map(Traversal::toString).toList());
        assertEquals(
                List.of("var.m", "local.i"),
                Variables.of(parse("var.m[local.i]")).stream()
                        .map(Traversal::toString)
                        .toList());
    }

    @Test
    void typeExpressionsReadConstraintsWithDefaults() {
        TypeExpressions.Result result =
                TypeExpressions.read(parse("list(object({name = string, size = optional(number, 10)}))"));
        assertEquals(List.of(), result.diagnostics());
        assertEquals(
                Type.list(Type.object(Map.of("name", Type.STRING, "size", Type.NUMBER), java.util.Set.of("size"))),
                result.constraint().type());
        Value converted = Conversion.convert(
                        Value.tuple(Value.object(Map.of("name", Value.string("a")))),
                        result.constraint().type(),
                        result.constraint().defaults())
                .value();
        assertEquals("[{\"name\":\"a\",\"size\":10}]", dev.kiln.stdlib.json.JsonEncoding.encode(converted));
        assertEquals(
                "The keyword \"strin\" is not a valid type specification. Did you mean \"string\"?",
                TypeExpressions.read(parse("strin")).diagnostics().get(0).detail());
        assertEquals(
                Type.tuple(Type.STRING, Type.ANY),
                TypeExpressions.read(parse("tuple([string, any])")).constraint().type());
        assertTrue(TypeExpressions.read(parse("optional(string)")).hasErrors());
    }

    @Test
    void envIsOnlyAvailableWhenEnabled() {
        EvalContext context = EvalContext.of(EvaluatorFunctions.withEnv(
                EvaluatorFunctions.catalog(PackerFunctions.catalog()), Map.of("HOME", "/home/kiln")));
        assertEquals(
                Value.string("/home/kiln"),
                ExpressionEvaluator.evaluate(parse("env(\"HOME\")"), context).value());
        assertEquals(
                Value.string(""),
                ExpressionEvaluator.evaluate(parse("env(\"UNSET\")"), context).value());
    }
}
