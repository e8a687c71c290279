package dev.kiln.stdlib.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.stdlib.type.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueTest {

    @Test
    void stringLengthCountsGraphemeClusters() {
        assertEquals(2, Value.string("👍a").length());
        assertEquals(2, Value.string("👨‍👩‍👧‍👦x").length());
        assertEquals(2, Value.string("🇩🇪🇫🇷").length());
        assertEquals(1, Value.string("👍🏽").length());
        assertEquals(1, Value.string("e\u0301").length());
        assertEquals(3, Value.string("a\r\nb").length());
        assertEquals(
                List.of("a", "👨‍👩‍👧‍👦", "b"), Value.string("a👨‍👩‍👧‍👦b").graphemes());
    }

    @Test
    void stringsAreNormalisedToNfc() {
        assertEquals(Value.string("\u00e9"), Value.string("e\u0301"));
        assertEquals("\u00e9", Value.string("e\u0301").value());
        assertEquals(
                Map.of("\u00e9", Value.TRUE),
                Value.map(Map.of("e\u0301", Value.TRUE)).entries());
    }

    @Test
    void numbersAreExact() {
        BigDecimal sum = Value.number("0.1").value().add(Value.number("0.2").value());
        assertEquals(Value.number("0.3"), Value.number(sum));
        assertEquals(
                "12345678901234567890", Value.number("12345678901234567890").text());
        assertEquals("1000000000000000000000000000000", Value.number("1e30").text());
        assertEquals("0.000001", Value.number("0.000001").text());
        assertEquals("1.5", Value.number("1.50").text());
        assertEquals(Value.number(1), Value.number("1.0"));
        assertEquals(Value.number(0), Value.number("-0.000"));
    }

    @Test
    void mapsAreOrderedByCodePoint() {
        MapValue map = Value.map(
                Map.of("b", Value.TRUE, "a", Value.TRUE, "\uFF5E", Value.TRUE, "😀", Value.TRUE, "B", Value.TRUE));
        assertEquals(
                List.of("B", "a", "b", "\uFF5E", "😀"),
                List.copyOf(map.entries().keySet()));
    }

    @Test
    void setsOrderAndDeduplicateAsCty() {
        assertEquals(
                List.of(Value.string("B"), Value.string("a"), Value.string("b")),
                Value.set(Value.string("b"), Value.string("a"), Value.string("B"), Value.string("a"))
                        .elements());
        assertEquals(
                List.of(Value.number(-2), Value.number(1), Value.number(10)),
                Value.set(Value.number(10), Value.number(1), Value.number(-2)).elements());
        assertEquals(
                List.of(Value.FALSE, Value.TRUE),
                Value.set(Value.TRUE, Value.FALSE).elements());
        SetValue withUnknowns = Value.set(
                Value.unknown(Type.STRING), Value.nullOf(Type.STRING), Value.string("z"), Value.unknown(Type.STRING));
        assertEquals(4, withUnknowns.length());
        assertEquals(Value.string("z"), withUnknowns.elements().get(0));
        assertTrue(withUnknowns.elements().get(1).isNull());
        assertTrue(withUnknowns.hasUnknownElements());
    }

    @Test
    void setsHoistElementMarks() {
        SetValue set = Value.set(Value.string("a").mark(Mark.SENSITIVE), Value.string("b"));
        assertTrue(set.hasMark(Mark.SENSITIVE));
        assertTrue(set.elements().stream().allMatch(e -> e.marks().isEmpty()));
    }

    @Test
    void collectionsRejectMixedElementTypes() {
        assertThrows(IllegalArgumentException.class, () -> Value.list(Value.string("a"), Value.number(1)));
    }

    @Test
    void marksFollowNestedValues() {
        Value secret = Value.string("s").mark(Mark.SENSITIVE);
        Value object = Value.object(Map.of("a", Value.tuple(secret)));
        assertTrue(object.marks().isEmpty());
        assertTrue(object.deepMarks().contains(Mark.SENSITIVE));
        assertTrue(object.unmarkDeep().deepMarks().isEmpty());
    }

    @Test
    void equalityFollowsCty() {
        assertEquals(Value.TRUE, Value.number(1).equal(Value.number("1.0")));
        assertEquals(Value.FALSE, Value.number(1).equal(Value.string("1")));
        assertEquals(Value.TRUE, Value.nullOf(Type.STRING).equal(Value.nullOf(Type.NUMBER)));
        assertEquals(Value.FALSE, Value.nullOf(Type.STRING).equal(Value.string("")));
        assertEquals(Value.unknown(Type.BOOL), Value.unknown(Type.STRING).equal(Value.string("a")));
        assertEquals(
                Value.unknown(Type.BOOL),
                Value.tuple(Value.unknown(Type.STRING)).equal(Value.tuple(Value.string("a"))));
        assertEquals(
                Value.FALSE, Value.tuple(Value.string("a")).equal(Value.tuple(Value.string("a"), Value.string("b"))));
        assertEquals(
                Value.TRUE.mark(Mark.SENSITIVE),
                Value.string("x").mark(Mark.SENSITIVE).equal(Value.string("x")));
        assertFalse(Value.string("x").equals(Value.string("x").mark(Mark.SENSITIVE)));
    }
}
