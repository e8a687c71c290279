package dev.kiln.compiler.render;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.source.SourceFile;
import java.util.List;

/**
 * What the render stage gives the stages after it: every input file as a {@link SourceFile} (a
 * {@code .j2} file rendered and named without {@code .j2}, any other file as it is), the rendered
 * files, every template text read (for showing source lines), the problems found and the
 * {@link SourceMap} that points later diagnostics back at the templates.
 */
public record Rendering(
        List<SourceFile> sources,
        List<RenderedFile> rendered,
        List<SourceFile> templates,
        List<Diagnostic> diagnostics,
        SourceMap map) {

    /** Nothing rendered: a configuration without {@code .j2} files. */
    public static final Rendering NONE = new Rendering(List.of(), List.of(), List.of(), List.of(), SourceMap.EMPTY);

    public Rendering {
        sources = List.copyOf(sources);
        rendered = List.copyOf(rendered);
        templates = List.copyOf(templates);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether an error was found (a file that failed to render is missing from {@link #sources}). */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
