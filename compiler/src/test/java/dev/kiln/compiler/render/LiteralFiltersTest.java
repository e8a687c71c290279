package dev.kiln.compiler.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.ast.TemplatePart;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.json.JsonExpressions;
import dev.kiln.compiler.json.JsonParseResult;
import dev.kiln.compiler.json.JsonParser;
import dev.kiln.compiler.json.JsonValue;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.compiler.syntax.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code hcl} and {@code json} filters write exactly one literal that reads back as the value,
 * for every string built from the characters that matter to HCL's lexer (all strings of up to
 * three of them), so no parameter value can end a string early or start a template sequence.
 */
class LiteralFiltersTest {

    private static final String ALPHABET = "\\\"$%{}~\n\r\t\u0000\u007fa é😀";

    /** Every string of up to three characters (code points) of {@link #ALPHABET}, plus some longer ones. */
    private static List<String> strings() {
        List<String> pieces =
                ALPHABET.codePoints().mapToObj(Character::toString).toList();
        List<String> all = new ArrayList<>(List.of(
                "",
                "C:\\",
                "C:\\Windows\\Temp\\",
                "x\" } provisioner \"shell\" { #",
                "${file(\"/etc/passwd\")}",
                "%{ if true }x%{ endif }",
                "$${ and $$ and $",
                "\\\\\"",
                "\u2028\u2029"));
        for (String a : pieces) {
            all.add(a);
            for (String b : pieces) {
                all.add(a + b);
                for (String c : pieces) all.add(a + b + c);
            }
        }
        return all;
    }

    @Test
    void hclWritesOneStringLiteralEqualToTheValue() {
        for (String value : strings()) {
            String text = "a = " + HclLiteral.of(value) + "\nb = 1\n";
            ParseResult parsed = HclParser.parse(new SourceFile("t.pkr.hcl", text));
            assertEquals(List.of(), parsed.diagnostics(), text);
            List<Attribute> attributes = parsed.file().body().attributes();
            assertEquals(
                    List.of("a", "b"), attributes.stream().map(Attribute::name).toList(), text);
            assertEquals(value, literal(attributes.get(0).expression()), text);
        }
    }

    @Test
    void jsonForPkrJsonWritesOneStringThatReadsBackAsTheValue() {
        for (String value : strings()) {
            String text = "{\"a\": " + JsonLiteral.ofTemplates(value) + ", \"b\": 1}";
            SourceFile file = new SourceFile("t.pkr.json", text);
            JsonParseResult parsed = JsonParser.parse(file);
            assertEquals(List.of(), parsed.diagnostics(), text);
            JsonValue.JsonObject object = (JsonValue.JsonObject) parsed.root();
            assertEquals(
                    List.of("a", "b"),
                    object.properties().stream()
                            .map(JsonValue.JsonProperty::name)
                            .toList(),
                    text);
            Diagnostics diagnostics = new Diagnostics();
            Expression expression = new JsonExpressions(file)
                    .expression(object.properties().get(0).value(), diagnostics);
            assertEquals(List.of(), diagnostics.list(), text);
            assertEquals(value, literal(expression), text);
        }
    }

    @Test
    void jsonEscapesTemplateSequencesOnlyInPkrJsonFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("params.json"), "{\"x\": \"${file(\\\"/etc/passwd\\\")} %{ if true }\"}");
        Files.writeString(dir.resolve("a.pkr.json.j2"), "{\"locals\": {\"x\": {{ params.x | json }}}}\n");
        Files.writeString(dir.resolve("b.pkr.hcl.j2"), "x = jsondecode({{ params | json | hcl }})\n");
        Files.writeString(dir.resolve("c.pkrvars.json.j2"), "{\"x\": {{ params.x | json }}}\n");
        Params params =
                Params.load(List.of(ParamSpec.params(dir.resolve("params.json").toString())));
        Rendering rendering = RenderStage.run(
                dir,
                List.of(dir.resolve("a.pkr.json.j2"), dir.resolve("b.pkr.hcl.j2"), dir.resolve("c.pkrvars.json.j2")),
                params,
                new RenderLimits(4096, 5, 1000, java.time.Duration.ofSeconds(10)));
        assertEquals(List.of(), rendering.diagnostics());
        Map<String, String> texts = new java.util.TreeMap<>();
        for (RenderedFile file : rendering.rendered())
            texts.put(file.rendered().name(), file.rendered().text());
        assertEquals(
                List.of(
                        "{\"locals\": {\"x\": \"$${file(\\\"/etc/passwd\\\")} %%{ if true }\"}}\n",
                        "x = jsondecode(\"{\\\"x\\\":\\\"$${file(\\\\\\\"/etc/passwd\\\\\\\")} %%{ if true }\\\"}\")\n",
                        "{\"x\": \"${file(\\\"/etc/passwd\\\")} %{ if true }\"}\n"),
                texts.keySet().stream()
                        .sorted()
                        .map(name -> texts.entrySet().stream()
                                .filter(e -> e.getKey().equals(name))
                                .findFirst()
                                .orElseThrow()
                                .getValue())
                        .toList());
    }

    /** The text of a template that is one literal (or empty), else a marker that fails the comparison. */
    private static String literal(Expression expression) {
        assertTrue(expression instanceof Expression.Template, () -> "not a template: " + expression);
        List<TemplatePart> parts = ((Expression.Template) expression).parts();
        if (parts.isEmpty()) return "";
        assertEquals(1, parts.size(), () -> "not one literal: " + parts);
        return ((TemplatePart.Literal) parts.get(0)).text();
    }
}
