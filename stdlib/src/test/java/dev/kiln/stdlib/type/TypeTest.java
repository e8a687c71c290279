package dev.kiln.stdlib.type;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypeTest {

    @Test
    void printsTypeConstraintSyntax() {
        assertEquals("list(string)", Type.list(Type.STRING).toString());
        assertEquals("map(set(number))", Type.map(Type.set(Type.NUMBER)).toString());
        assertEquals(
                "object({a=number,b=optional(string)})",
                Type.object(Map.of("b", Type.STRING, "a", Type.NUMBER), Set.of("b"))
                        .toString());
        assertEquals("tuple([string, any])", Type.tuple(Type.STRING, Type.ANY).toString());
        assertEquals("object({})", ObjectType.EMPTY.toString());
    }

    @Test
    void friendlyNamesFollowCty() {
        assertEquals("list of string", Type.list(Type.STRING).friendlyName());
        assertEquals("map of list of bool", Type.map(Type.list(Type.BOOL)).friendlyName());
        assertEquals("object", Type.object(Map.of("a", Type.STRING)).friendlyName());
        assertEquals("tuple", Type.tuple(Type.STRING).friendlyName());
        assertEquals("dynamic", Type.ANY.friendlyName());
        assertEquals("list of any type", Type.list(Type.ANY).friendlyNameForConstraint());
    }
}
