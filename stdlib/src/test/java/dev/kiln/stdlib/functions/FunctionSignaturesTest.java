package dev.kiln.stdlib.functions;

import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.testing.GoldenFile;
import org.junit.jupiter.api.Test;

/** Pins the whole function surface: any signature change shows up as a reviewed diff. */
class FunctionSignaturesTest {

    @Test
    void signaturesMatchGoldenFile() {
        StringBuilder out = new StringBuilder();
        for (Function function : PackerFunctions.catalog().functions()) {
            out.append(function.signature()).append('\n');
            out.append("    ").append(function.summary()).append('\n');
        }
        GoldenFile.check("dev/kiln/stdlib/functions/function-signatures.txt", out.toString());
    }
}
