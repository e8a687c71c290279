package dev.kiln.stdlib.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.stdlib.testing.TypeSyntax;
import dev.kiln.stdlib.testing.ValueNotation;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultsTest {

    @Test
    void fillsAbsentAndNullOptionalAttributes() {
        Type type = TypeSyntax.parse("object({a=number,b=optional(string),c=optional(list(string))})");
        Defaults defaults = Defaults.of(Map.of("b", Value.string("x"), "c", Value.tuple(Value.number(1))));
        assertEquals(
                "{\"a\":1,\"b\":\"x\",\"c\":[\"1\"]} : object({a=number,b=string,c=list(string)})",
                ValueNotation.format(Conversion.convert(ValueNotation.parse("{\"a\": 1}"), type, defaults)
                        .value()));
        assertEquals(
                "{\"a\":1,\"b\":\"x\",\"c\":[\"y\"]} : object({a=number,b=string,c=list(string)})",
                ValueNotation.format(Conversion.convert(
                                ValueNotation.parse("{\"a\": 1, \"b\": null, \"c\": [\"y\"]}"), type, defaults)
                        .value()));
    }

    @Test
    void appliesToObjectsInsideCollections() {
        Type type = TypeSyntax.parse("list(object({name=string,port=optional(number)}))");
        Defaults defaults = Defaults.NONE.withElements(Defaults.of(Map.of("port", Value.number(22))));
        assertEquals(
                "[{\"name\":\"a\",\"port\":22},{\"name\":\"b\",\"port\":80}] : list(object({name=string,port=number}))",
                ValueNotation.format(Conversion.convert(
                                ValueNotation.parse("[{\"name\": \"a\"}, {\"name\": \"b\", \"port\": 80}]"),
                                type,
                                defaults)
                        .value()));
    }
}
