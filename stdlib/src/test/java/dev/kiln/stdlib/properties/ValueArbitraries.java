package dev.kiln.stdlib.properties;

import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of values for property tests. */
final class ValueArbitraries {

    private ValueArbitraries() {}

    /** Strings with ASCII, accents, CJK and emoji, including JSON- and HCL-special characters. */
    static Arbitrary<String> strings() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(8),
                Arbitraries.of("", "é", "e\u0301", "日本", "👍🏽", "👨‍👩‍👧‍👦", "<&>", "\"\\", "\n\t", "${x}", "\u2028"));
    }

    /** Exact decimals of any sign, size and scale. */
    static Arbitrary<BigDecimal> numbers() {
        return Combinators.combine(
                        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(25).negate(), BigInteger.TEN.pow(25)),
                        Arbitraries.integers().between(-30, 30))
                .as(BigDecimal::new);
    }

    static Arbitrary<Value> primitives() {
        return Arbitraries.oneOf(
                strings().map(Value::string),
                numbers().map(Value::number),
                Arbitraries.of(Value.TRUE, Value.FALSE));
    }

    /** Values with the types cty implies for JSON: objects, tuples, primitives and null, nested up to 3 deep. */
    static Arbitrary<Value> jsonShaped() {
        return Arbitraries.recursive(
                () -> Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(5, primitives()),
                        net.jqwik.api.Tuple.of(1, Arbitraries.just(Value.nullOf(Type.ANY)))),
                nested -> Arbitraries.oneOf(
                        nested,
                        nested.list().ofMaxSize(3).map(Value::tuple),
                        Arbitraries.maps(strings(), nested).ofMaxSize(3)
                                .map(ValueArbitraries::normalizedKeys).map(Value::object)),
                0,
                3);
    }

    /** Lists, sets and maps of one primitive type, plus everything {@link #jsonShaped()} gives. */
    static Arbitrary<Value> anyValues() {
        Arbitrary<Value> collections = Arbitraries.of(Type.STRING, Type.NUMBER, Type.BOOL).flatMap(type -> {
            Arbitrary<List<Value>> elements = primitivesOf(type).list().ofMaxSize(4);
            return Arbitraries.oneOf(
                    elements.map(e -> Value.list(type, e)),
                    elements.map(e -> Value.set(type, e)),
                    Arbitraries.maps(strings(), primitivesOf(type)).ofMaxSize(4)
                            .map(m -> Value.map(type, normalizedKeys(m))));
        });
        return Arbitraries.oneOf(jsonShaped(), collections);
    }

    static Arbitrary<Value> primitivesOf(Type type) {
        if (type == Type.STRING) {
            return strings().map(Value::string);
        }
        if (type == Type.NUMBER) {
            return numbers().map(Value::number);
        }
        return Arbitraries.of(Value.TRUE, Value.FALSE);
    }

    // Keys that differ only in normalisation would collapse into one attribute.
    private static Map<String, Value> normalizedKeys(Map<String, Value> map) {
        return map.entrySet().stream()
                .collect(Collectors.toMap(
                        e -> java.text.Normalizer.normalize(e.getKey(), java.text.Normalizer.Form.NFC),
                        Map.Entry::getValue,
                        (a, b) -> a,
                        LinkedHashMap::new));
    }
}
