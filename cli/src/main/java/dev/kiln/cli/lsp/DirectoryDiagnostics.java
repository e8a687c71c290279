package dev.kiln.cli.lsp;

import dev.kiln.compiler.Compilation;
import dev.kiln.compiler.CompileRequest;
import dev.kiln.compiler.CompileStage;
import dev.kiln.compiler.Compiler;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Severity;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourceRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;

/**
 * Checks the configuration of one directory as {@code kiln validate DIR} does, with the editor's
 * open texts, and turns the diagnostics into one publication per file.
 */
final class DirectoryDiagnostics {

    private final Compiler compiler;

    DirectoryDiagnostics(Compiler compiler) {
        this.compiler = compiler;
    }

    /** Every file's diagnostics: each open document of {@code directory} (possibly none) and every file with one. */
    List<PublishDiagnosticsParams> check(Path directory, OpenDocuments documents, PositionEncoding encoding) {
        Compilation compilation = compiler.compile(
                CompileRequest.of(directory, CompileStage.PLAN).withDocuments(documents.in(directory)));
        Map<Path, List<org.eclipse.lsp4j.Diagnostic>> byFile = new LinkedHashMap<>();
        List<Path> open = documents.pathsIn(directory);
        for (Path path : open) byFile.put(path, new ArrayList<>());
        for (Diagnostic diagnostic : compilation.diagnostics()) {
            SourceRange subject = diagnostic.subject();
            // Command-line problems (no file) show on the first open document, where the user looks.
            Path file = subject == null
                    ? (open.isEmpty() ? null : open.get(0))
                    : Path.of(subject.file()).toAbsolutePath().normalize();
            if (file == null) continue;
            String text = textOf(file, compilation, documents);
            byFile.computeIfAbsent(file, key -> new ArrayList<>())
                    .add(convert(diagnostic, file, text, compilation, documents, encoding));
        }
        List<PublishDiagnosticsParams> published = new ArrayList<>();
        byFile.forEach((file, list) ->
                published.add(new PublishDiagnosticsParams(file.toUri().toString(), list)));
        return published;
    }

    private static String textOf(Path file, Compilation compilation, OpenDocuments documents) {
        return documents.text(file).orElseGet(() -> {
            SourceFile source = compilation.sources().file(file.toString());
            return source == null ? "" : source.text();
        });
    }

    private static org.eclipse.lsp4j.Diagnostic convert(
            Diagnostic diagnostic,
            Path file,
            String text,
            Compilation compilation,
            OpenDocuments documents,
            PositionEncoding encoding) {
        Range range = diagnostic.subject() == null
                ? new Range(new Position(0, 0), new Position(0, 0))
                : range(diagnostic.subject(), new LineIndex(text, encoding));
        String message = diagnostic.detail().isEmpty()
                ? diagnostic.summary()
                : diagnostic.summary() + ": " + diagnostic.detail();
        org.eclipse.lsp4j.Diagnostic converted = new org.eclipse.lsp4j.Diagnostic(
                range,
                message,
                diagnostic.severity() == Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                "kiln");
        converted.setCode(diagnostic.code());
        SourceRange context = diagnostic.context();
        if (context != null && !context.equals(diagnostic.subject())) {
            Path contextFile = Path.of(context.file()).toAbsolutePath().normalize();
            String contextText = contextFile.equals(file) ? text : textOf(contextFile, compilation, documents);
            converted.setRelatedInformation(List.of(new DiagnosticRelatedInformation(
                    new Location(contextFile.toUri().toString(), range(context, new LineIndex(contextText, encoding))),
                    "in this context")));
        }
        return converted;
    }

    static Range range(SourceRange range, LineIndex index) {
        return new Range(index.position(range.startOffset()), index.position(range.endOffset()));
    }
}
