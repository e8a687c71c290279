package dev.kiln.stdlib.properties;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Values built from fuzzer input, for the fuzz tests of values, conversions and functions. */
final class FuzzedValues {

    private static final List<String> SPECIAL_STRINGS =
            List.of("", "é", "e\u0301", "日本", "👍🏽", "👨‍👩‍👧‍👦", "<&>", "\"\\", "\n\t", "${x}", "\u2028");
    private static final List<Type> PRIMITIVE_TYPES = List.of(Type.STRING, Type.NUMBER, Type.BOOL);

    private FuzzedValues() {}

    /** Strings with ASCII, accents, CJK and emoji, including JSON- and HCL-special characters. */
    static String string(FuzzedDataProvider data) {
        return data.consumeBoolean() ? data.consumeAsciiString(8) : data.pickValue(SPECIAL_STRINGS);
    }

    /** Text of any code points but lone surrogates (which have no UTF-8 form). */
    static String text(FuzzedDataProvider data, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = data.consumeInt(0, maxLength);
        for (int i = 0; i < length && data.remainingBytes() > 0; i++) {
            switch (data.consumeInt(0, 2)) {
                case 0 ->
                    text.append(data.pickValue(
                            List.of("a", "b", " ", "\n", "\t", "\"", "'", "\\", ":", "#", "-", "é", "€")));
                case 1 -> text.appendCodePoint(data.consumeInt(0, 0x7f));
                default -> {
                    int codePoint = data.consumeInt(0, Character.MAX_CODE_POINT);
                    if (Character.getType(codePoint) != Character.SURROGATE) text.appendCodePoint(codePoint);
                }
            }
        }
        return text.toString();
    }

    /** Exact decimals of any sign, size (up to 25 digits) and scale (-30..30). */
    static BigDecimal number(FuzzedDataProvider data) {
        byte[] digits = data.consumeBytes(10);
        BigInteger unscaled = digits.length == 0 ? BigInteger.ZERO : new BigInteger(digits);
        return new BigDecimal(unscaled, data.consumeInt(-30, 30));
    }

    static Value primitive(FuzzedDataProvider data) {
        return primitiveOf(data.pickValue(PRIMITIVE_TYPES), data);
    }

    static Value primitiveOf(Type type, FuzzedDataProvider data) {
        if (type == Type.STRING) return Value.string(string(data));
        if (type == Type.NUMBER) return Value.number(number(data));
        return Value.bool(data.consumeBoolean());
    }

    /** Values with the types cty implies for JSON: objects, tuples, primitives and null, nested up to 3 deep. */
    static Value jsonShaped(FuzzedDataProvider data) {
        return jsonShaped(data, 3);
    }

    private static Value jsonShaped(FuzzedDataProvider data, int depth) {
        int kind = depth == 0 ? data.consumeInt(0, 1) : data.consumeInt(0, 3);
        switch (kind) {
            case 0:
                return data.consumeInt(0, 5) == 0 ? Value.nullOf(Type.ANY) : primitive(data);
            case 1:
                return primitive(data);
            case 2: {
                List<Value> items = new ArrayList<>();
                for (int i = data.consumeInt(0, 3); i > 0; i--) items.add(jsonShaped(data, depth - 1));
                return Value.tuple(items);
            }
            default: {
                Map<String, Value> attributes = new LinkedHashMap<>();
                // Keys that differ only in normalisation would collapse into one attribute.
                for (int i = data.consumeInt(0, 3); i > 0; i--) {
                    attributes.putIfAbsent(
                            Normalizer.normalize(string(data), Normalizer.Form.NFC), jsonShaped(data, depth - 1));
                }
                return Value.object(attributes);
            }
        }
    }

    /** Lists, sets and maps of one primitive type, plus everything {@link #jsonShaped} gives. */
    static Value anyValue(FuzzedDataProvider data) {
        if (data.consumeBoolean()) return jsonShaped(data);
        Type type = data.pickValue(PRIMITIVE_TYPES);
        int size = data.consumeInt(0, 4);
        switch (data.consumeInt(0, 2)) {
            case 0:
                return Value.list(type, elements(type, size, data));
            case 1:
                return Value.set(type, elements(type, size, data));
            default: {
                Map<String, Value> entries = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    entries.putIfAbsent(
                            Normalizer.normalize(string(data), Normalizer.Form.NFC), primitiveOf(type, data));
                }
                return Value.map(type, entries);
            }
        }
    }

    private static List<Value> elements(Type type, int size, FuzzedDataProvider data) {
        List<Value> elements = new ArrayList<>();
        for (int i = 0; i < size; i++) elements.add(primitiveOf(type, data));
        return elements;
    }
}
