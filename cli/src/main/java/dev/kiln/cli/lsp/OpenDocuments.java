package dev.kiln.cli.lsp;

import dev.kiln.compiler.source.Documents;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/** The texts the editor has open, by path: what the compiler reads in place of the files on disk. */
final class OpenDocuments {

    private final Map<Path, String> texts = new ConcurrentHashMap<>();

    /** The path of a {@code file:} URI, or empty for any other scheme (which has no directory to check). */
    static Optional<Path> path(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (!"file".equals(parsed.getScheme())) return Optional.empty();
            return Optional.of(Path.of(parsed).toAbsolutePath().normalize());
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    void open(Path path, String text) {
        texts.put(path, text);
    }

    void close(Path path) {
        texts.remove(path);
    }

    Optional<String> text(Path path) {
        return Optional.ofNullable(texts.get(path));
    }

    /** Applies one change: a whole new text, or a range (in {@code encoding}) replaced. */
    void change(Path path, TextDocumentContentChangeEvent change, PositionEncoding encoding) {
        String old = texts.getOrDefault(path, "");
        Range range = change.getRange();
        String text = change.getText() == null ? "" : change.getText();
        if (range == null) {
            texts.put(path, text);
            return;
        }
        LineIndex index = new LineIndex(old, encoding);
        int start = index.offset(range.getStart());
        int end = Math.max(start, index.offset(range.getEnd()));
        texts.put(path, old.substring(0, start) + text + old.substring(end));
    }

    /** The open documents of {@code directory}, for the compiler. */
    Documents in(Path directory) {
        Map<Path, String> inside = new LinkedHashMap<>();
        texts.forEach((path, text) -> {
            if (directory.equals(path.getParent())) inside.put(path, text);
        });
        return Documents.of(inside);
    }

    /** The open documents' paths in {@code directory}. */
    java.util.List<Path> pathsIn(Path directory) {
        return texts.keySet().stream()
                .filter(path -> directory.equals(path.getParent()))
                .sorted()
                .toList();
    }
}
