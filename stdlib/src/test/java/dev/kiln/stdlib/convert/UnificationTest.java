package dev.kiln.stdlib.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.stdlib.testing.TypeSyntax;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnificationTest {

    @ParameterizedTest(name = "{0} => {1} / unsafe {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "string; string                              | string                      | string",
                "string; number                              | string                      | string",
                "number; bool                                | -                           | -",
                "number; string; bool                        | string                      | string",
                "any; number                                 | any                         | number",
                "any; any                                    | any                         | any",
                "list(string); list(number)                  | list(string)                | list(string)",
                "list(string); tuple([number])               | list(string)                | list(string)",
                "list(number); set(number)                   | list(number)                | list(number)",
                "map(string); object({a=number})             | map(string)                 | map(string)",
                "object({a=number}); object({a=string})      | object({a=string})          | object({a=string})",
                "object({a=number}); object({b=string})      | map(string)                 | map(string)",
                "object({a=number}); tuple([number])         | -                           | -",
                "tuple([number]); tuple([string, string])    | list(string)                | list(string)",
                "tuple([number, bool]); tuple([string, bool])| tuple([string, bool])       | tuple([string, bool])",
                "object({a=list(number)}); object({b=bool})  | -                           | -",
                "string; list(string)                        | -                           | -",
            })
    void unifiesAsCty(String types, String safe, String unsafe) {
        List<dev.kiln.stdlib.type.Type> parsed = Arrays.stream(types.split(";"))
                .map(String::trim)
                .map(TypeSyntax::parse)
                .collect(Collectors.toList());
        assertEquals(expected(safe), Unification.unify(parsed).map(Object::toString));
        assertEquals(expected(unsafe), Unification.unifyUnsafe(parsed).map(Object::toString));
    }

    private static Optional<String> expected(String text) {
        return text.equals("-")
                ? Optional.empty()
                : Optional.of(TypeSyntax.parse(text).toString());
    }
}
