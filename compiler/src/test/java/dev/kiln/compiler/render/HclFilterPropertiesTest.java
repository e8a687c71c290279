package dev.kiln.compiler.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any JSON value, {@code {{ v | hcl }}} rendered into an attribute parses back, as a literal
 * with no template interpolation, to the same value: no parameter can inject HCL.
 */
class HclFilterPropertiesTest {

    @Property(tries = 300)
    void hclFilterRoundTrips(@ForAll("jsonValues") Object value) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("v", value);
        String rendered = TemplateRenderer.render("a = {{ params.v | hcl }}\n", params);
        ParseResult parsed = HclParser.parse(new SourceFile("t.pkr.hcl", rendered));
        assertEquals(List.of(), parsed.diagnostics(), rendered);
        Attribute attribute = (Attribute) parsed.file().body().items().get(0);
        assertEquals(normalise(value), literal(attribute.expression()), rendered);
    }

    @Provide
    Arbitrary<Object> jsonValues() {
        Arbitrary<Object> strings = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.of("${file(\"/etc/passwd\")}", "%{ if true }x%{ endif }", "$${", "%%{", "a\"b\\c", "\n\r\t",
                        "$", "%", "${", "%{", "}", "$$${x}", "\u0001\u001f", "line\nline")
                        .map(s -> (Object) s));
        Arbitrary<Object> scalars = Arbitraries.oneOf(strings,
                Arbitraries.longs().map(n -> (Object) n),
                Arbitraries.bigDecimals().ofScale(3).between(new BigDecimal("-1e6"), new BigDecimal("1e6")).map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b));
        return Arbitraries.recursive(() -> scalars, element -> Arbitraries.oneOf(
                element.list().ofMaxSize(4).map(l -> (Object) l),
                Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6), element).ofMaxSize(4)
                        .map(m -> (Object) new LinkedHashMap<>(m))), 0, 3);
    }

    /** The value as the parser gives it back: numbers as BigDecimal without trailing zeros. */
    private static Object normalise(Object value) {
        if (value instanceof Number n) return new BigDecimal(n.toString()).stripTrailingZeros();
        if (value instanceof List<?> list) return list.stream().map(HclFilterPropertiesTest::normalise).toList();
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
