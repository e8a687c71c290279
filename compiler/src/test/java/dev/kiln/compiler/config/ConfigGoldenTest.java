package dev.kiln.compiler.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.DiagnosticTextRenderer;
import dev.kiln.stdlib.testing.GoldenFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of loading: each case directory under {@code config/} is a template directory and
 * {@code expected.txt} the rendered diagnostics followed by a dump of the decoded model. A case whose
 * name ends in {@code -json} must decode to the same model as its native twin.
 */
class ConfigGoldenTest {

    @TestFactory
    Stream<DynamicTest> configurations() {
        return GoldenFile.cases("config", ".", "expected.txt", input -> render(input.normalize()));
    }

    @TestFactory
    Stream<DynamicTest> jsonTwinsDecodeAlike() throws IOException {
        List<Path> twins;
        try (Stream<Path> dirs = Files.list(GoldenFile.area("config"))) {
            twins = dirs.filter(d -> d.getFileName().toString().endsWith("-json"))
                    .sorted()
                    .toList();
        }
        return twins.stream()
                .map(json -> DynamicTest.dynamicTest(json.getFileName().toString(), () -> {
                    String name = json.getFileName().toString();
                    Path hcl = json.resolveSibling(name.substring(0, name.length() - "-json".length()));
                    assertEquals(model(hcl), model(json));
                }));
    }

    private static String model(Path dir) {
        return TemplatePrinter.print(
                new ConfigLoader(TestPlugins.INSTANCE).load(dir).template());
    }

    static String render(Path dir) {
        LoadResult result = new ConfigLoader(TestPlugins.INSTANCE).load(dir);
        DiagnosticTextRenderer renderer = new DiagnosticTextRenderer(result.files(), false, 80);
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : result.diagnostics()) out.append(renderer.render(d));
        out.append("--- model\n").append(TemplatePrinter.print(result.template()));
        return out.toString();
    }
}
