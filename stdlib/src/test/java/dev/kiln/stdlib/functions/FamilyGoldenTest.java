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
 * Golden examples per function family: each line {@code name(arg, ...) => result} where the
 * arguments are in {@link ValueNotation} and the result is {@code value : type} or {@code error:
 * detail}. Run with {@code -Dgolden.update=true} to rewrite the results, then review the diff.
 */
class FamilyGoldenTest {

  /** Fixed clock, seeded randomness and start time, so impure functions are reproducible. */
  static final FunctionEnvironment ENV = new FunctionEnvironment(
      Clock.fixed(Instant.parse("2024-05-06T07:08:09.5Z"), ZoneOffset.UTC),
      new Random(42),
      Instant.parse("2020-01-02T03:04:05.123456789Z"));

  @ParameterizedTest
  @ValueSource(strings = {"numeric", "encoding", "hash", "uuid", "network", "datetime"})
  void familyMatchesGoldenFile(String family) {
    String path = "dev/kiln/stdlib/functions/" + family + ".txt";
    String current = GoldenFile.read(path);
    FunctionCatalog catalog = PackerFunctions.catalog(new FunctionEnvironment(
        ENV.clock(), new Random(42), ENV.startTime()));
    StringBuilder out = new StringBuilder();
    for (String line : current.split("\n", -1)) {
      int arrow = line.indexOf(" => ");
      if (line.isBlank() || line.startsWith("#") || arrow < 0) {
        out.append(line).append('\n');
        continue;
      }
      String call = line.substring(0, arrow);
      out.append(call).append(" => ").append(run(catalog, call)).append('\n');
    }
    GoldenFile.check(path, out.substring(0, out.length() - 1));
  }

  static String run(FunctionCatalog catalog, String call) {
    int open = call.indexOf('(');
    Function function = catalog.lookup(call.substring(0, open)).orElseThrow(
        () -> new IllegalArgumentException("no function in: " + call));
    List<Value> args = new ArrayList<>();
    for (String argument : splitArguments(call.substring(open + 1, call.length() - 1))) {
      args.add(ValueNotation.parse(argument));
    }
    CallResult result = function.call(args);
    String text = result.isSuccess()
        ? ValueNotation.format(result.value())
        : "error: " + ((CallResult.Failure) result).error().detail();
    // Keep one call per line even when a result spans several.
    return text.replace("\n", "\\n");
  }

  /** Splits on commas outside brackets, braces, parentheses and JSON strings. */
  static List<String> splitArguments(String text) {
    List<String> out = new ArrayList<>();
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
        out.add(text.substring(start, i));
        start = i + 1;
      }
    }
    if (!text.isBlank()) {
      out.add(text.substring(start));
    }
    return out;
  }
}
