package dev.kiln.compiler.render;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.DiagnosticTextRenderer;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.compiler.syntax.ParseResult;
import dev.kiln.compiler.syntax.ParsedFiles;
import dev.kiln.stdlib.testing.GoldenFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of the whole render stage: each case under {@code render/} has {@code *.j2}
 * templates (rendered as a directory) and optionally {@code params.json}; the expectation holds
 * the rendered files and every diagnostic (rendering, then parsing the output, mapped back to the
 * {@code .j2} lines) as kiln prints them.
 */
class RenderGoldenTest {

    @TestFactory
    Stream<DynamicTest> renderCases() {
        return GoldenFile.cases("render", "main.pkr.hcl.j2", "expected.txt", input -> run(input.getParent()));
    }

    static String run(Path dir) {
        try {
            List<Path> files;
            try (Stream<Path> list = Files.list(dir)) {
                files = list.filter(f -> f.getFileName().toString().endsWith(".pkr.hcl.j2"))
                        .sorted()
                        .toList();
            }
            Path paramsFile = dir.resolve("params.json");
            Params params = Files.exists(paramsFile)
                    ? Params.load(List.of(ParamSpec.params(paramsFile.toString())))
                    : Params.NONE;
            Rendering rendering = RenderStage.run(
                    dir, files, params, new RenderLimits(4096, 5, 1000, java.time.Duration.ofSeconds(10)));
            ParsedFiles lookup = new ParsedFiles();
            params.files().forEach(lookup::add);
            rendering.templates().forEach(lookup::add);
            List<Diagnostic> diagnostics = new ArrayList<>(params.diagnostics());
            diagnostics.addAll(rendering.diagnostics());
            StringBuilder out = new StringBuilder();
            for (RenderedFile file : rendering.rendered()) {
                out.append("=== ")
                        .append(file.rendered().name())
                        .append('\n')
                        .append(file.rendered().text());
                if (!file.rendered().text().endsWith("\n")) out.append('\n');
            }
            for (SourceFile source : rendering.sources()) {
                ParseResult parsed = HclParser.parse(source);
                lookup.add(parsed.file());
                diagnostics.addAll(rendering.map().remap(parsed.diagnostics()));
            }
            DiagnosticTextRenderer renderer = new DiagnosticTextRenderer(lookup, false, 80);
            out.append("=== diagnostics\n");
            for (Diagnostic diagnostic : diagnostics) out.append(renderer.render(diagnostic));
            return out.toString().replace(dir + "/", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
