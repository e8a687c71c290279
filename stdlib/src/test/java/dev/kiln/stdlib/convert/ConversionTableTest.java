package dev.kiln.stdlib.convert;

import dev.kiln.stdlib.testing.GoldenFile;
import dev.kiln.stdlib.testing.TypeSyntax;
import dev.kiln.stdlib.testing.ValueNotation;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;
import org.junit.jupiter.api.Test;

/** Runs every case of {@code conversions.txt} and compares the results with the file. */
class ConversionTableTest {

    private static final String FILE = "dev/kiln/stdlib/convert/conversions.txt";

    @Test
    void conversionsMatchTheTable() {
        String table = GoldenFile.read(FILE);
        StringBuilder actual = new StringBuilder();
        for (String line : table.split("\n", -1)) {
            actual.append(evaluate(line)).append('\n');
        }
        actual.setLength(actual.length() - 1);
        GoldenFile.check(FILE, actual.toString());
    }

    private static String evaluate(String line) {
        if (line.isBlank() || line.startsWith("#")) {
            return line;
        }
        int arrow = line.indexOf(" -> ");
        int result = line.indexOf(" =>", arrow);
        String input = line.substring(0, arrow);
        String target = line.substring(arrow + 4, result).trim();
        Safety safety = Safety.UNSAFE;
        if (target.startsWith("safe ")) {
            safety = Safety.SAFE;
            target = target.substring(5);
        }
        Value value = ValueNotation.parse(input);
        Type type = TypeSyntax.parse(target);
        ConversionResult converted = Conversion.convert(value, type, safety, Defaults.NONE);
        String outcome = converted.isSuccess() ? ValueNotation.format(converted.value()) : "error: " + converted;
        return line.substring(0, result) + " => " + outcome;
    }
}
