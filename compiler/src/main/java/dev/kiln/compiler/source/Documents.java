package dev.kiln.compiler.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where the compiler reads a configuration's files: the disk, with some paths' texts replaced by
 * documents held in memory (an editor's unsaved buffers). A document counts as a regular file in
 * its directory whether or not it exists on disk, so an unsaved new file is part of the
 * configuration. Paths are compared in absolute, normalised form.
 */
public final class Documents {

    /** Only the disk. */
    public static final Documents DISK = new Documents(Map.of());

    private final Map<Path, String> texts;

    private Documents(Map<Path, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /** The disk with {@code texts} (path to text) in place of the files at those paths. */
    public static Documents of(Map<Path, String> texts) {
        Map<Path, String> keyed = new LinkedHashMap<>();
        texts.forEach((path, text) -> keyed.put(key(path), text));
        return new Documents(keyed);
    }

    /** Whether {@code path} is a document or a regular file on disk. */
    public boolean isFile(Path path) {
        return texts.containsKey(key(path)) || Files.isRegularFile(path);
    }

    /** Whether {@code path} is a document, a file or a directory on disk. */
    public boolean exists(Path path) {
        return texts.containsKey(key(path)) || Files.exists(path);
    }

    /** Whether {@code path} is a directory on disk. */
    public boolean isDirectory(Path path) {
        return !texts.containsKey(key(path)) && Files.isDirectory(path);
    }

    /**
     * The regular files directly inside {@code directory}, on disk or as documents, sorted by
     * path, each named as {@code directory.resolve(name)}.
     */
    public List<Path> list(Path directory) throws IOException {
        TreeSet<Path> found = new TreeSet<>();
        try (Stream<Path> list = Files.list(directory)) {
            list.filter(Files::isRegularFile).forEach(found::add);
        }
        Path dir = key(directory);
        for (Path document : texts.keySet()) {
            Path name = document.getFileName();
            if (name != null && dir.equals(document.getParent())) found.add(directory.resolve(name.toString()));
        }
        return List.copyOf(found);
    }

    /** The text of {@code path}, shown as {@code displayName}: the document's, else the file's (see {@link SourceFile#read}). */
    public SourceFile read(Path path, String displayName) throws IOException {
        String text = texts.get(key(path));
        return text != null ? new SourceFile(displayName, text) : SourceFile.read(path, displayName);
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
