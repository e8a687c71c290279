package dev.kiln.stdlib.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.functions.PackerFunctions;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.SetValue;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Properties of values, conversions and JSON. */
class ValuePropertyTest {

    private static final Function JSONENCODE =
            PackerFunctions.catalog().lookup("jsonencode").orElseThrow();
    private static final Function JSONDECODE =
            PackerFunctions.catalog().lookup("jsondecode").orElseThrow();

    @FuzzTest
    void jsondecodeOfJsonencodeGivesTheValueBack(FuzzedDataProvider data) {
        Value value = FuzzedValues.jsonShaped(data);
        Value text = JSONENCODE.call(value).value();
        assertEquals(value, JSONDECODE.call(text).value());
    }

    @FuzzTest
    void numbersRoundTripThroughStrings(FuzzedDataProvider data) {
        java.math.BigDecimal number = FuzzedValues.number(data);
        Value value = Value.number(number);
        Value text = Conversion.convert(value, Type.STRING).value();
        assertEquals(value, Conversion.convert(text, Type.NUMBER).value());
    }

    @FuzzTest
    void boolsRoundTripThroughStrings(FuzzedDataProvider data) {
        boolean bool = data.consumeBoolean();
        Value text = Conversion.convert(Value.bool(bool), Type.STRING).value();
        assertEquals(Value.bool(bool), Conversion.convert(text, Type.BOOL).value());
    }

    @FuzzTest
    void convertingToTheOwnTypeChangesNothing(FuzzedDataProvider data) {
        Value value = FuzzedValues.anyValue(data);
        assertEquals(value, Conversion.convert(value, value.type()).value());
    }

    @FuzzTest
    void objectsRoundTripThroughStringMaps(FuzzedDataProvider data) {
        Value value = FuzzedValues.jsonShaped(data);
        if (!(value instanceof ObjectValue)) {
            return;
        }
        // Only objects whose attributes are all strings come back identical.
        boolean allStrings =
                ((ObjectValue) value).attributes().values().stream().allMatch(a -> a.type() == Type.STRING);
        if (allStrings) {
            Value strings = Conversion.convert(value, Type.map(Type.STRING)).value();
            assertEquals(value, Conversion.convert(strings, value.type()).value());
        }
    }

    @FuzzTest
    void successfulConversionsAreStableUnderRepetition(FuzzedDataProvider data) {
        Value value = FuzzedValues.anyValue(data);
        for (Type target :
                List.of(Type.STRING, Type.list(Type.STRING), Type.set(Type.ANY), Type.map(Type.ANY), Type.ANY)) {
            var once = Conversion.convert(value, target);
            if (once.isSuccess()) {
                assertEquals(
                        once.value(),
                        Conversion.convert(once.value(), once.value().type()).value());
                assertEquals(
                        once.value(), Conversion.convert(once.value(), target).value());
            }
        }
    }

    @FuzzTest
    void unknownAndNullConvertToUnknownAndNull(FuzzedDataProvider data) {
        Value value = FuzzedValues.anyValue(data);
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

    @FuzzTest
    void setOrderDoesNotDependOnInsertionOrder(FuzzedDataProvider data) {
        Value value = FuzzedValues.anyValue(data);
        long seed = data.consumeLong();
        if (!(value instanceof SetValue) || ((SetValue) value).length() == 0) {
            return;
        }
        SetValue set = (SetValue) value;
        List<Value> shuffled = new ArrayList<>(set.elements());
        Collections.shuffle(shuffled, new Random(seed));
        SetValue again = Value.set(set.elementType(), shuffled);
        assertEquals(set.elements(), again.elements());
        assertEquals(
                set,
                Conversion.convert(Value.list(set.elementType(), shuffled), set.type())
                        .value());
    }

    @FuzzTest
    void equalityIsReflexiveForKnownValues(FuzzedDataProvider data) {
        Value value = FuzzedValues.anyValue(data);
        assertEquals(Value.TRUE, value.equal(value));
        assertTrue(value.equal(Value.unknown(value.type())) instanceof dev.kiln.stdlib.value.UnknownValue);
        assertTrue(!(value.equal(value) instanceof BoolValue) || ((BoolValue) value.equal(value)).value());
    }
}
