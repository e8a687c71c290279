package dev.kiln.compiler.render;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.source.ConfigFileNames;
import dev.kiln.compiler.source.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The first stage of the pipeline: reads a configuration's files and renders those whose name ends
 * in {@code .j2} with the parameters, so later stages see plain HCL or JSON. Files without
 * {@code .j2} are read as they are and never seen by Jinja; without a {@code .j2} file, Jinjava is
 * never loaded.
 */
public final class RenderStage {

    private RenderStage() {}

    /** Reads {@code files} from disk and {@link #render renders} them. */
    public static Rendering run(Path root, List<Path> files, Params params, RenderLimits limits) {
        List<SourceFile> read = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                read.add(SourceFile.read(file, file.toString()));
            } catch (IOException e) {
                problems.add(RenderDiagnostics.CANNOT_READ.with(file).error(e.getMessage(), null));
            }
        }
        Rendering rendering = render(root, read, params, limits);
        problems.addAll(rendering.diagnostics());
        return new Rendering(
                rendering.sources(), rendering.rendered(), rendering.templates(), problems, rendering.map());
    }

    /**
     * Renders the {@code .j2} files of {@code files} and passes the others through. {@code root}
     * is the configuration directory (includes are confined to it, named as the user wrote it);
     * {@code params} are what templates see as {@code params}.
     */
    public static Rendering render(Path root, List<SourceFile> files, Params params, RenderLimits limits) {
        List<SourceFile> sources = new ArrayList<>();
        List<RenderedFile> rendered = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        TemplateOrigins origins = new TemplateOrigins();
        JinjavaRenderer renderer = null;
        Set<String> names = new HashSet<>();
        for (SourceFile file : files) names.add(file.name());
        for (SourceFile source : files) {
            String name = source.name();
            if (!ConfigFileNames.isJinja(Path.of(name))) {
                sources.add(source);
                continue;
            }
            String renderedName = ConfigFileNames.rendered(name);
            if (names.contains(renderedName)) {
                diagnostics.add(RenderDiagnostics.TEMPLATE_AND_RENDERED_FILE_BOTH_PRESENT.error(
                        name + " renders to " + renderedName + ", which also exists. Keep only one of them.",
                        source.range(0, 0)));
                continue;
            }
            if (renderer == null) renderer = new JinjavaRenderer(root, root, params, limits, origins);
            JinjavaRenderer.Outcome outcome = renderer.render(source);
            diagnostics.addAll(outcome.diagnostics());
            if (outcome.file() != null) {
                rendered.add(outcome.file());
                sources.add(outcome.file().rendered());
            }
        }
        List<SourceFile> templates = origins.all();
        SourceMap map = rendered.isEmpty() ? SourceMap.EMPTY : new SourceMap(rendered, templates);
        return new Rendering(sources, rendered, templates, diagnostics, map);
    }
}
