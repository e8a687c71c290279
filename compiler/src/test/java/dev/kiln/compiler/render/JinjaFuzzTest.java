package dev.kiln.compiler.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kiln.compiler.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Jinja stage on any template text: never throws, ends in bounded time, and never shows what
 * lies outside the configuration root, not through {@code ../} and not through a symlink inside it.
 */
class JinjaFuzzTest {

    /** What the file outside the root holds: it must never appear in an output or a message. */
    private static final String OUTSIDE = "OUTSIDE-THE-ROOT-7c1d";

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final Path ROOT = configurationRoot();
    private static final Params PARAMS = new Params(
            Map.of("name", "kiln", "list", List.of(1, "a", true), "map", Map.of("k", "v"), "secret", "s3cr3t"),
            List.of(),
            List.of());

    @FuzzTest
    void templates(byte[] input) throws IOException {
        Path file = ROOT.resolve("t.pkr.hcl.j2");
        Files.write(file, input);
        long start = System.nanoTime();
        Rendering rendering = RenderStage.run(ROOT, List.of(file), PARAMS, RenderLimits.DEFAULT);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(BOUND) < 0, () -> "took " + took + ": " + new String(input, StandardCharsets.UTF_8));
        for (RenderedFile rendered : rendering.rendered()) {
            assertFalse(rendered.rendered().text().contains(OUTSIDE), "read outside the root");
        }
        for (Diagnostic diagnostic : rendering.diagnostics()) {
            assertFalse(
                    (diagnostic.summary() + diagnostic.detail()).contains(OUTSIDE),
                    () -> "read outside the root: " + diagnostic);
        }
    }

    /**
     * base/outside.txt, and base/root/ with an include, a symlink to outside.txt and one to base:
     * the root the templates render in.
     */
    private static Path configurationRoot() {
        try {
            Path base = Files.createTempDirectory("kiln-jinja-fuzz");
            Files.writeString(base.resolve("outside.txt"), OUTSIDE);
            Path root = Files.createDirectory(base.resolve("root"));
            Files.writeString(root.resolve("inc.j2"), "included {{ params.name }}\n");
            Files.writeString(root.resolve("macros.j2"), "{% macro m(x) %}[{{ x }}]{% endmacro %}\n");
            Files.createSymbolicLink(root.resolve("link.txt"), base.resolve("outside.txt"));
            Files.createSymbolicLink(root.resolve("up"), base);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
