package dev.kiln.compiler.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.eval.EvalContext;
import dev.kiln.compiler.eval.EvaluatorFunctions;
import dev.kiln.compiler.eval.ExpressionEvaluator;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.stdlib.functions.PackerFunctions;
import dev.kiln.stdlib.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strings of HCL's JSON syntax are decoded, then read as bare templates, as hclsyntax.ParseTemplate reads them. */
class JsonTemplatesTest {

    @Test
    void quotesEscapedForJsonWorkInsideInterpolations() {
        assertEquals(Value.string("A-b"), value("\"${upper(\\\"a\\\")}-${lower(\\\"B\\\")}\""));
    }

    @Test
    void doubledMarkersAreLiteralText() {
        assertEquals(Value.string("${x} %{y} \\ \"q\" 1"), value("\"$${x} %%{y} \\\\ \\\"q\\\" ${1}\""));
    }

    @Test
    void lineBreaksAndBackslashesInTheDecodedStringAreText() {
        assertEquals(Value.string("a\r\nb\rc\\n 2"), value("\"a\\r\\nb\\rc\\\\n ${1 + 1}\""));
    }

    @Test
    void templateErrorsPointIntoTheJsonText() {
        SourceFile file = new SourceFile("t.pkr.json", "{\n  \"a\": \"x ${upper(}\"\n}");
        Diagnostics diagnostics = new Diagnostics();
        expression(file, diagnostics);
        List<Diagnostic> errors = diagnostics.list();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(2, errors.get(0).subject().start().line());
        assertEquals(19, errors.get(0).subject().start().column());
    }

    private static Value value(String jsonString) {
        SourceFile file = new SourceFile("t.pkr.json", "{\"a\": " + jsonString + "}");
        Diagnostics diagnostics = new Diagnostics();
        var expression = expression(file, diagnostics);
        assertEquals(List.of(), diagnostics.list());
        var result = ExpressionEvaluator.evaluate(
                expression, EvalContext.of(EvaluatorFunctions.catalog(PackerFunctions.catalog())));
        assertEquals(List.of(), result.diagnostics());
        return result.value();
    }

    private static dev.kiln.compiler.ast.Expression expression(SourceFile file, Diagnostics diagnostics) {
        JsonParseResult parsed = JsonParser.parse(file);
        assertEquals(List.of(), parsed.diagnostics());
        JsonValue.JsonObject object = (JsonValue.JsonObject) parsed.root();
        return new JsonExpressions(file).expression(object.properties().get(0).value(), diagnostics);
    }
}
