package dev.kiln.stdlib.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.stdlib.go.GoText;
import dev.kiln.stdlib.testing.ValueNotation;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Mark;
import dev.kiln.stdlib.value.Value;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenderTest {

    @ParameterizedTest
    @CsvSource({
        "1.5, 1.5",
        "0.1, 0.1",
        "1e30, 1e+30",
        "0.000001, 1e-06",
        "0.0001, 0.0001",
        "123456.5, 123456.5",
        "1234567.5, 1.2345675e+06",
        "12345678901234567890, 1.2345678901234567e+19",
        "-2.5e-7, -2.5e-07",
    })
    void formatsFloatsAsGoPercentG(String number, String expected) {
        assertEquals(expected, GoText.formatG(new BigDecimal(number)));
    }

    @Test
    void consoleFormatMatchesPackerConsole() {
        assertEquals("hello", ConsoleFormat.format(Value.string("hello"), RenderOptions.CONSOLE));
        assertEquals("42", ConsoleFormat.format(Value.number(42), RenderOptions.CONSOLE));
        assertEquals("1e+30", ConsoleFormat.format(Value.number("1e30"), RenderOptions.CONSOLE));
        assertEquals("null", ConsoleFormat.format(Value.nullOf(Type.STRING), RenderOptions.CONSOLE));
        assertEquals("[]", ConsoleFormat.format(Value.emptyList(Type.STRING), RenderOptions.CONSOLE));
        assertEquals("<unknown>", ConsoleFormat.format(Value.tuple(Value.unknown(Type.STRING)), RenderOptions.CONSOLE));
        Value nested = ValueNotation.parse("{\"b\": [\"x\\ny\", 1, true], \"a\": {\"c\": null}}");
        assertEquals(
                "{\n  \"a\" = {\n    \"c\" = null\n  }\n  \"b\" = [\n    \"x\\ny\",\n    1,\n    true,\n  ]\n}",
                ConsoleFormat.format(nested, RenderOptions.CONSOLE));
    }

    @Test
    void sensitiveValuesAreMasked() {
        Value value = Value.object(Map.of("password", Value.string("hunter2").mark(Mark.SENSITIVE)));
        assertEquals("{\n  \"password\" = <sensitive>\n}", ConsoleFormat.format(value, RenderOptions.INSPECT));
        assertEquals("{\n  \"password\" = (sensitive value)\n}", HclFormat.format(value, RenderOptions.CONSOLE));
        assertEquals("{\n  \"password\" = \"hunter2\"\n}", HclFormat.format(value, RenderOptions.REVEAL));
    }

    @Test
    void hclFormatQuotesAndNests() {
        Value value = ValueNotation.parse("[\"a\\\"${b}%{c}\\t\", 12345678901234567890.25, [], {}]");
        assertEquals(
                "[\n  \"a\\\"$${b}%%{c}\\t\",\n  12345678901234567890.25,\n  [],\n  {},\n]",
                HclFormat.format(value, RenderOptions.CONSOLE));
        assertEquals("(known after build)", HclFormat.format(Value.unknown(Type.STRING), RenderOptions.CONSOLE));
    }
}
