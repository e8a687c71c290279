package dev.kiln.compiler.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.testing.DiagnosticRanges;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A {@code --params} file of any content gives parameters or one located error, never an exception. */
class ParamsFuzzTest {

    @FuzzTest
    void paramsJson(byte[] input) {
        SourceFile file = new SourceFile("params.json", new String(input, StandardCharsets.UTF_8));
        ParamsJson.Result result = ParamsJson.parse(file);
        assertTrue(result.value() != null || result.error() != null, "neither a value nor an error");
        if (result.error() != null && result.error().subject() != null) {
            DiagnosticRanges.assertInside(file, List.of(result.error()));
        }
    }
}
