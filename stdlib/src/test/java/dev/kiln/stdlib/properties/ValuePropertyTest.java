package dev.kiln.stdlib.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.functions.PackerFunctions;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.SetValue;
import dev.kiln.stdlib.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of values, conversions and JSON. */
class ValuePropertyTest {

    private static final Function JSONENCODE = PackerFunctions.catalog().lookup("jsonencode").orElseThrow();
    private static final Function JSONDECODE = PackerFunctions.catalog().lookup("jsondecode").orElseThrow();

    @Provide
    Arbitrary<Value> jsonShaped() {
        return ValueArbitraries.jsonShaped();
    }

    @Provide
    Arbitrary<Value> anyValues() {
        return ValueArbitraries.anyValues();
    }

    @Provide
    Arbitrary<BigDecimal> numbers() {
        return ValueArbitraries.numbers();
    }

    @Property
    void jsondecodeOfJsonencodeGivesTheValueBack(@ForAll("jsonShaped") Value value) {
        Value text = JSONENCODE.call(value).value();
        assertEquals(value, JSONDECODE.call(text).value());
    }

    @Property
    void numbersRoundTripThroughStrings(@ForAll("numbers") BigDecimal number) {
        Value value = Value.number(number);
        Value text = Conversion.convert(value, Type.STRING).value();
        assertEquals(value, Conversion.convert(text, Type.NUMBER).value());
    }

    @Property
    void boolsRoundTripThroughStrings(@ForAll boolean bool) {
        Value text = Conversion.convert(Value.bool(bool), Type.STRING).value();
        assertEquals(Value.bool(bool), Conversion.convert(text, Type.BOOL).value());
    }

    @Property
    void convertingToTheOwnTypeChangesNothing(@ForAll("anyValues") Value value) {
        assertEquals(value, Conversion.convert(value, value.type()).value());
    }

    @Property
    void objectsRoundTripThroughStringMaps(@ForAll("jsonShaped") Value value) {
        if (!(value instanceof ObjectValue)) {
            return;
        }
        // Only objects whose attributes are all strings come back identical.
        boolean allStrings = ((ObjectValue) value).attributes().values().stream()
                .allMatch(a -> a.type() == Type.STRING);
        if (allStrings) {
            Value strings = Conversion.convert(value, Type.map(Type.STRING)).value();
            assertEquals(value, Conversion.convert(strings, value.type()).value());
        }
    }

    @Property
    void successfulConversionsAreStableUnderRepetition(@ForAll("anyValues") Value value) {
        for (Type target : List.of(Type.STRING, Type.list(Type.STRING), Type.set(Type.ANY), Type.map(Type.ANY), Type.ANY)) {
            var once = Conversion.convert(value, target);
            if (once.isSuccess()) {
                assertEquals(once.value(), Conversion.convert(once.value(), once.value().type()).value());
                assertEquals(once.value(), Conversion.convert(once.value(), target).value());
            }
        }
    }

    @Property
    void unknownAndNullConvertToUnknownAndNull(@ForAll("anyValues") Value value) {
        for (Type target : List.of(Type.STRING, Type.list(Type.ANY), Type.ANY, value.type())) {
            var unknown = Conversion.convert(Value.unknown(value.type()), target);
            if (unknown.isSuccess()) {
                assertTrue(!unknown.value().isKnown());
            }
            var nullValue = Conversion.convert(Value.nullOf(value.type()), target);
            if (nullValue.isSuccess()) {
                assertTrue(nullValue.value().isNull());
            }
        }
    }

    @Property
    void setOrderDoesNotDependOnInsertionOrder(@ForAll("anyValues") Value value, @ForAll long seed) {
        if (!(value instanceof SetValue) || ((SetValue) value).length() == 0) {
            return;
        }
        SetValue set = (SetValue) value;
        List<Value> shuffled = new ArrayList<>(set.elements());
        Collections.shuffle(shuffled, new Random(seed));
        SetValue again = Value.set(set.elementType(), shuffled);
        assertEquals(set.elements(), again.elements());
        assertEquals(set, Conversion.convert(Value.list(set.elementType(), shuffled), set.type()).value());
    }

    @Property
    void equalityIsReflexiveForKnownValues(@ForAll("anyValues") Value value) {
        assertEquals(Value.TRUE, value.equal(value));
        assertTrue(value.equal(Value.unknown(value.type())) instanceof dev.kiln.stdlib.value.UnknownValue);
        assertTrue(!(value.equal(value) instanceof BoolValue) || ((BoolValue) value.equal(value)).value());
    }
}
