package dev.kiln.stdlib.functions;

import dev.kiln.stdlib.function.CallResult;
import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionCatalog;
import dev.kiln.stdlib.testing.GoldenFile;
import dev.kiln.stdlib.testing.ValueNotation;
import dev.kiln.stdlib.value.Value;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the golden call tables, one per function family: each line is {@code name(ARG, ...) =>
 * RESULT}, the arguments in {@link ValueNotation} separated by top-level commas, the result a
 * formatted value or {@code error: DETAIL}. A line without {@code =>} is a new call whose result
 * the next update fills in. Rewrite results with {@code -Dgolden.update=true}, then review the diff.
 */
class FunctionTableTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "strings.txt",
                "collections.txt",
                "numeric.txt",
                "encoding.txt",
                "hash.txt",
                "uuid.txt",
                "network.txt",
                "datetime.txt"
            })
    void callsMatchTheTable(String name) {
        String file = "dev/kiln/stdlib/functions/" + name;
        String table = GoldenFile.read(file);
        // A fixed clock, start time and seeded randomness make timestamp(), uuidv4() and bcrypt()
        // reproducible; a fresh catalog per table keeps each table independent of the others.
        FunctionCatalog catalog = PackerFunctions.catalog(new FunctionEnvironment(
                Clock.fixed(Instant.parse("2024-05-06T07:08:09.5Z"), ZoneOffset.UTC),
                new Random(42),
                Instant.parse("2020-01-02T03:04:05.123456789Z")));
        StringBuilder actual = new StringBuilder();
        for (String line : table.split("\n", -1)) {
            actual.append(evaluate(catalog, line)).append('\n');
        }
        actual.setLength(actual.length() - 1);
        GoldenFile.check(file, actual.toString());
    }

    private static String evaluate(FunctionCatalog catalog, String line) {
        if (line.isBlank() || line.startsWith("#")) {
            return line;
        }
        int arrow = line.indexOf(" =>");
        String call = arrow < 0 ? line.trim() : line.substring(0, arrow);
        int open = call.indexOf('(');
        String name = call.substring(0, open);
        String inner = call.substring(open + 1, call.lastIndexOf(')'));
        List<Value> args = new ArrayList<>();
        for (String argument : splitArguments(inner)) {
            args.add(ValueNotation.parse(argument));
        }
        Function function =
                catalog.lookup(name).orElseThrow(() -> new IllegalArgumentException("no function in: " + line));
        CallResult result = function.call(args);
        String outcome = result.isSuccess()
                ? ValueNotation.format(result.value())
                : "error: " + ((CallResult.Failure) result).error().detail();
        // One call per line, even when a result spans several.
        return call + " => " + outcome.replace("\n", "\\n");
    }

    /** Splits at commas outside brackets, braces, parentheses and JSON strings. */
    private static List<String> splitArguments(String text) {
        List<String> parts = new ArrayList<>();
        if (text.isBlank()) {
            return parts;
        }
        int depth = 0;
        boolean inString = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{' || c == '(') {
                depth++;
            } else if (c == ']' || c == '}' || c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
