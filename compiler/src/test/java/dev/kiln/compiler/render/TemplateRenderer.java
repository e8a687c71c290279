package dev.kiln.compiler.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Test helper: renders one template text with parameters through the real render stage. */
final class TemplateRenderer {

    private TemplateRenderer() {}

    /** The rendered text, or the diagnostics' summaries and details when rendering failed. */
    static String render(String template, Map<String, Object> values) {
        try {
            Path dir = Files.createTempDirectory("kiln-render");
            Path file = dir.resolve("t.pkr.hcl.j2");
            Files.writeString(file, template);
            Rendering rendering =
                    RenderStage.run(dir, List.of(file), new Params(values, List.of(), List.of()), RenderLimits.DEFAULT);
            if (rendering.hasErrors()) {
                return "ERROR "
                        + rendering.diagnostics().stream()
                                .map(d -> d.summary() + ": " + d.detail() + " @"
                                        + (d.subject() == null
                                                ? "-"
                                                : d.subject().start().line()))
                                .collect(Collectors.joining("\n"));
            }
            return rendering.rendered().get(0).rendered().text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
