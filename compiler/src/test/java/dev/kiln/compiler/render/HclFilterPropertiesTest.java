package dev.kiln.compiler.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.ast.ObjectItem;
import dev.kiln.compiler.ast.TemplatePart;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.compiler.syntax.ParseResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For any JSON value, {@code {{ v | hcl }}} rendered into an attribute parses back, as a literal
 * with no template interpolation, to the same value: no parameter can inject HCL.
 */
class HclFilterPropertiesTest {

    private static final List<String> NASTY_STRINGS = List.of(
            "${file(\"/etc/passwd\")}",
            "%{ if true }x%{ endif }",
            "$${",
            "%%{",
            "a\"b\\c",
            "\n\r\t",
            "$",
            "%",
            "${",
            "%{",
            "}",
            "$$${x}",
            "\u0001\u001f",
            "line\nline",
            "a\\",
            "\\");

    @FuzzTest
    void hclFilterRoundTrips(FuzzedDataProvider data) {
        Object value = jsonValue(data, 3);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("v", value);
        String rendered = TemplateRenderer.render("a = {{ params.v | hcl }}\n", params);
        ParseResult parsed = HclParser.parse(new SourceFile("t.pkr.hcl", rendered));
        assertEquals(List.of(), parsed.diagnostics(), rendered);
        Attribute attribute = (Attribute) parsed.file().body().items().get(0);
        assertEquals(normalise(value), literal(attribute.expression()), rendered);
    }

    /** Any string, as a parameter value, comes back from {@code | hcl} as one literal equal to it. */
    @FuzzTest
    void hclFilterKeepsAnyString(byte[] input) {
        String value = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        String rendered = TemplateRenderer.render("a = {{ params.v | hcl }}\n", Map.of("v", value));
        ParseResult parsed = HclParser.parse(new SourceFile("t.pkr.hcl", rendered));
        assertEquals(List.of(), parsed.diagnostics(), rendered);
        assertEquals(1, parsed.file().body().items().size(), rendered);
        Attribute attribute = (Attribute) parsed.file().body().items().get(0);
        assertEquals(value, literal(attribute.expression()), rendered);
    }

    /** A JSON value as the params reader gives it: strings, longs, decimals, booleans, lists and maps. */
    private static Object jsonValue(FuzzedDataProvider data, int depth) {
        switch (depth == 0 ? data.consumeInt(0, 4) : data.consumeInt(0, 6)) {
            case 0:
                return data.consumeString(12);
            case 1:
                return data.pickValue(NASTY_STRINGS);
            case 2:
                return data.consumeLong();
            case 3:
                return BigDecimal.valueOf(data.consumeLong(-1_000_000_000L, 1_000_000_000L), 3);
            case 4:
                return data.consumeBoolean();
            case 5: {
                List<Object> list = new ArrayList<>();
                for (int i = data.consumeInt(0, 4); i > 0; i--) list.add(jsonValue(data, depth - 1));
                return list;
            }
            default: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = data.consumeInt(0, 4); i > 0; i--) {
                    String key = data.consumeAsciiString(6).replaceAll("[^A-Za-z]", "");
                    map.put(key.isEmpty() ? "k" : key, jsonValue(data, depth - 1));
                }
                return map;
            }
        }
    }

    /** The value as the parser gives it back: numbers as BigDecimal without trailing zeros. */
    private static Object normalise(Object value) {
        if (value instanceof Number n) return new BigDecimal(n.toString()).stripTrailingZeros();
        if (value instanceof List<?> list)
            return list.stream().map(HclFilterPropertiesTest::normalise).toList();
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), normalise(v)));
            return out;
        }
        return value;
    }

    /** The value of a literal expression; fails on anything that would be evaluated (references, interpolation). */
    private static Object literal(Expression e) {
        if (e instanceof Expression.NumberLiteral n) return n.value().stripTrailingZeros();
        if (e instanceof Expression.BoolLiteral b) return b.value();
        if (e instanceof Expression.NullLiteral) return null;
        if (e instanceof Expression.Template t) {
            StringBuilder text = new StringBuilder();
            for (TemplatePart part : t.parts()) {
                assertTrue(part instanceof TemplatePart.Literal, "template part that is not literal text: " + part);
                text.append(((TemplatePart.Literal) part).text());
            }
            return text.toString();
        }
        if (e instanceof Expression.TupleCons tuple) {
            List<Object> out = new ArrayList<>();
            for (Expression item : tuple.items()) out.add(literal(item));
            return out;
        }
        if (e instanceof Expression.ObjectCons object) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (ObjectItem item : object.items()) out.put((String) literal(item.key()), literal(item.value()));
            return out;
        }
        if (e instanceof Expression.Unary u && u.operand() instanceof Expression.NumberLiteral n) {
            return n.value().negate().stripTrailingZeros();
        }
        throw new AssertionError("not a literal: " + e);
    }
}
