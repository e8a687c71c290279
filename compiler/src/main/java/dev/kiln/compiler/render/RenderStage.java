package dev.kiln.compiler.render;

import dev.kiln.compiler.diag.Diagnostic;
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

    /** The suffix that marks a file to render. */
    public static final String SUFFIX = ".j2";

    private RenderStage() {}

    /** Whether {@code file} is rendered before parsing. */
    public static boolean isTemplate(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().endsWith(SUFFIX) && name.toString().length() > SUFFIX.length();
    }

    /** The name a rendered file is known by: {@code name} without {@code .j2}. */
    public static String renderedName(String name) {
        return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
    }

    /**
     * Reads {@code files} and renders the {@code .j2} ones. {@code root} is the configuration
     * directory (includes are confined to it, named as the user wrote it); {@code params} are
     * what templates see as {@code params}.
     */
    public static Rendering run(Path root, List<Path> files, Params params, RenderLimits limits) {
        List<SourceFile> sources = new ArrayList<>();
        List<RenderedFile> rendered = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        TemplateOrigins origins = new TemplateOrigins();
        JinjavaRenderer renderer = null;
        Set<String> names = new HashSet<>();
        for (Path file : files) names.add(file.toString());
        for (Path file : files) {
            String name = file.toString();
            SourceFile source;
            try {
                source = SourceFile.read(file, name);
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error("Cannot read " + name, e.getMessage(), null));
                continue;
            }
            if (!isTemplate(file)) {
                sources.add(source);
                continue;
            }
            if (names.contains(renderedName(name))) {
                diagnostics.add(Diagnostic.error("Template and rendered file both present",
                        name + " renders to " + renderedName(name) + ", which also exists. Keep only one of them.",
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
