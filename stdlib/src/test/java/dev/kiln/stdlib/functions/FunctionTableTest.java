package dev.kiln.stdlib.functions;

import dev.kiln.stdlib.function.CallResult;
import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.testing.GoldenFile;
import dev.kiln.stdlib.testing.ValueNotation;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the golden call tables, one per function family: each line is {@code name(ARG, ...) =>
 * RESULT}, the arguments in {@link ValueNotation} separated by top-level commas, the result a
 * formatted value or {@code error: DETAIL}. Rewrite results with {@code -Dgolden.update=true}.
 */
class FunctionTableTest {

  @ParameterizedTest
  @ValueSource(strings = {"strings.txt", "collections.txt"})
  void callsMatchTheTable(String name) {
    String file = "dev/kiln/stdlib/functions/" + name;
    String table = GoldenFile.read(file);
    StringBuilder actual = new StringBuilder();
    for (String line : table.split("\n", -1)) {
      actual.append(evaluate(line)).append('\n');
    }
    actual.setLength(actual.length() - 1);
    GoldenFile.check(file, actual.toString());
  }

  private static String evaluate(String line) {
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
    Function function = PackerFunctions.catalog().lookup(name).orElseThrow();
    CallResult result = function.call(args);
    String outcome = result.isSuccess()
        ? ValueNotation.format(result.value())
        : "error: " + ((CallResult.Failure) result).error().detail();
    return call + " => " + outcome;
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
