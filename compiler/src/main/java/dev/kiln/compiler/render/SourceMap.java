package dev.kiln.compiler.render;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourceRange;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Points diagnostics about rendered files back at the {@code .j2} lines that produced them. Any
 * stage after rendering (parsing, decoding, validation) reports against the rendered file names;
 * commands pass those diagnostics through {@link #remap} before printing them.
 */
public final class SourceMap {

    /** The map of a run that rendered nothing: every diagnostic stays as it is. */
    public static final SourceMap EMPTY = new SourceMap(List.of(), List.of());

    private final Map<String, RenderedFile> rendered = new LinkedHashMap<>();
    private final Map<String, SourceFile> templates = new LinkedHashMap<>();

    /** A map over {@code files}, whose lines come from {@code templates} (the .j2 files and their includes). */
    public SourceMap(List<RenderedFile> files, List<SourceFile> templates) {
        for (RenderedFile file : files) rendered.put(file.rendered().name(), file);
        for (SourceFile template : templates) this.templates.put(template.name(), template);
    }

    /** Whether {@code name} is the name of a rendered file. */
    public boolean isRendered(String name) {
        return rendered.containsKey(name);
    }

    /**
     * {@code diagnostics}, each remapped. Diagnostics that become the same problem at the same
     * template place (one per iteration of a {@code {% for %}}) are reported once, the first kept.
     */
    public List<Diagnostic> remap(List<Diagnostic> diagnostics) {
        if (rendered.isEmpty()) return diagnostics;
        Map<List<Object>, Diagnostic> once = new LinkedHashMap<>();
        for (Diagnostic diagnostic : diagnostics) {
            Diagnostic mapped = remap(diagnostic);
            once.putIfAbsent(
                    Arrays.asList(
                            diagnostic.severity(),
                            diagnostic.summary(),
                            diagnostic.detail(),
                            mapped.subject(),
                            mapped.context()),
                    mapped);
        }
        return List.copyOf(once.values());
    }

    /**
     * {@code diagnostic} pointing at the template line its subject was rendered from, with the
     * rendered line named in the detail; unchanged when it is not about a rendered file.
     */
    public Diagnostic remap(Diagnostic diagnostic) {
        SourceRange subject = diagnostic.subject();
        if (subject == null || !rendered.containsKey(subject.file())) return diagnostic;
        RenderedFile file = rendered.get(subject.file());
        SourceRange mapped = map(file, subject);
        if (mapped == null) return diagnostic;
        SourceRange context = diagnostic.context();
        SourceRange mappedContext = null;
        if (context != null && context.file().equals(subject.file())) {
            SourceRange c = map(file, context);
            if (c != null && c.file().equals(mapped.file()) && c.start().compareTo(c.end()) <= 0) mappedContext = c;
        }
        int line = subject.start().line();
        String renderedText = file.rendered()
                .line(Math.min(line, file.rendered().lineCount()))
                .strip();
        String where = "(rendered line " + line + " of " + file.rendered().name()
                + (renderedText.isEmpty() ? ")" : ": " + renderedText + ")");
        String detail = diagnostic.detail().isEmpty() ? where : diagnostic.detail() + "\n\n" + where;
        return diagnostic.withDetail(detail).at(mapped, mappedContext);
    }

    /**
     * The template range for a rendered range: the same columns when the template line reads
     * exactly like the rendered one (plain text), otherwise the whole template line.
     */
    private SourceRange map(RenderedFile file, SourceRange range) {
        SourceFile out = file.rendered();
        int line = Math.min(range.start().line(), out.lineCount());
        LineOrigin origin = file.origin(line);
        SourceFile template = templates.get(origin.file());
        if (template == null || origin.line() < 1 || origin.line() > template.lineCount()) return null;
        String renderedLine = out.line(line);
        String templateLine = template.line(origin.line());
        int templateStart = template.lineStart(origin.line());
        if (renderedLine.equals(templateLine)) {
            int from = range.start().offset() - out.lineStart(line);
            int to = range.end().line() == line ? range.end().offset() - out.lineStart(line) : templateLine.length();
            from = Math.max(0, Math.min(from, templateLine.length()));
            to = Math.max(from, Math.min(to, templateLine.length()));
            return template.range(templateStart + from, templateStart + to);
        }
        int from = 0;
        while (from < templateLine.length() && Character.isWhitespace(templateLine.charAt(from))) from++;
        if (from == templateLine.length()) from = 0;
        return template.range(templateStart + from, templateStart + templateLine.length());
    }
}
