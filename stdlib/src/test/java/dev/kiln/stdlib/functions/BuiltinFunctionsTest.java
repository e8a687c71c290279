package dev.kiln.stdlib.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.stdlib.function.CallResult;
import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.testing.ValueNotation;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Examples for the built-in functions: arguments in {@link ValueNotation}, results formatted by it. */
class BuiltinFunctionsTest {

    @ParameterizedTest(name = "{0}({1})")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "upper      | \"hello ß é\"                        | \"HELLO ß É\" : string",
                "upper      | 12                                   | \"12\" : string",
                "upper      | unknown(string)                      | (unknown) : string",
                "upper      | sensitive \"x\"                      | \"X\" (sensitive) : string",
                "upper      | [1]                                  | Invalid value for \"str\" parameter: string required.",
                "length     | \"👍a\"                              | 2 : number",
                "length     | [1, \"a\"]                           | 2 : number",
                "length     | {\"a\": 1}                           | 1 : number",
                "length     | [\"a\", \"b\", \"a\"] as set(string) | 2 : number",
                "length     | unknown(tuple([string, number]))     | 2 : number",
                "length     | unknown(list(string))                | (unknown) : number",
                "length     | unknown(any)                         | (unknown) : number",
                "length     | sensitive [1]                        | 1 (sensitive) : number",
                "length     | 5                                    | Call to function \"length\" failed: argument must be a string, a collection type, or a structural type.",
                "concat     | [\"a\"] as list(string) ;; [\"b\"] as list(string) | [\"a\",\"b\"] : list(string)",
                "concat     | [\"a\"] ;; [1, true]                 | [\"a\",1,true] : tuple([string, number, bool])",
                "concat     | [\"a\"] as list(string) ;; [1] as list(number) | [\"a\",\"1\"] : list(string)",
                "concat     | sensitive [1] ;; [2]                 | [1,2] (sensitive) : tuple([number, number])",
                "concat     | unknown(list(string)) ;; [1]         | (unknown) : any",
                "concat     | [1] ;; \"x\"                         | Invalid value for \"seqs\" parameter: all arguments must be lists or tuples; got string.",
                "concat     |                                      | Call to function \"concat\" failed: at least one argument is required.",
                "merge      | {\"a\": 1} ;; {\"b\": \"x\", \"a\": 2} | {\"a\":2,\"b\":\"x\"} : object({a=number,b=string})",
                "merge      | {\"a\": 1} as map(number) ;; {\"b\": 2} as map(number) | {\"a\":1,\"b\":2} : map(number)",
                "merge      | {\"a\": 1} ;; null                   | {\"a\":1} : object({a=number})",
                "merge      | {\"a\": 1} ;; unknown(map(string))   | (unknown) : any",
                "merge      | {\"a\": 1} ;; [1]                    | Invalid value for \"maps\" parameter: arguments must be maps or objects, got \"tuple\".",
                "merge      |                                      | {} : object({})",
                "jsonencode | {\"b\": [1, 2.5, \"<&>\"], \"a\": null} | \"{\\\"a\\\":null,\\\"b\\\":[1,2.5,\\\"\\\\u003c\\\\u0026\\\\u003e\\\"]}\" : string",
                "jsonencode | [\"x\", 1] as list(string)           | \"[\\\"x\\\",\\\"1\\\"]\" : string",
                "jsonencode | null(string)                         | \"null\" : string",
                "jsonencode | unknown(string)                      | (unknown) : string",
                "jsondecode | \"{\\\"b\\\": [1, true], \\\"a\\\": 12345678901234567890.5}\" | {\"a\":12345678901234567890.5,\"b\":[1,true]} : object({a=number,b=tuple([number, bool])})",
                "jsondecode | \"null\"                             | null : any",
                "jsondecode | \"{\\\"a\\\": 1, \\\"a\\\": 2}\"       | Invalid value for \"str\" parameter: duplicate \"a\" property in JSON object.",
                "jsondecode | \"[1,]\"                             | Invalid value for \"str\" parameter: invalid character ']' looking for beginning of value.",
                "jsondecode | \"\"                                 | Invalid value for \"str\" parameter: EOF.",
                "jsondecode | unknown(string)                      | (unknown) : any",
            })
    void callsGiveTheDocumentedResults(String name, String arguments, String expected) {
        Function function = PackerFunctions.catalog().lookup(name).orElseThrow();
        List<Value> args = new ArrayList<>();
        if (arguments != null) {
            for (String argument : arguments.split(";;")) {
                args.add(ValueNotation.parse(argument));
            }
        }
        CallResult result = function.call(args);
        String actual = result.isSuccess()
                ? ValueNotation.format(result.value())
                : ((CallResult.Failure) result).error().detail();
        assertEquals(expected, actual);
    }
}
