package dev.kiln.compiler.render;

import dev.kiln.compiler.source.SourceFile;
import java.util.List;

/**
 * One rendered {@code .j2} file: the template, the rendered text (named as the file without
 * {@code .j2}, which is what later stages see) and, per rendered line, the template line it came from.
 */
public record RenderedFile(SourceFile template, SourceFile rendered, List<LineOrigin> lines) {

    public RenderedFile {
        lines = List.copyOf(lines);
    }

    /** Where rendered line {@code line} (1-based) came from; the template's last known line past the end. */
    public LineOrigin origin(int line) {
        if (lines.isEmpty()) return new LineOrigin(template.name(), 1);
        return lines.get(Math.max(0, Math.min(line, lines.size()) - 1));
    }
}
