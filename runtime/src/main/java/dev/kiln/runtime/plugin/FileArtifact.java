package dev.kiln.runtime.plugin;

import dev.kiln.runtime.spi.Artifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** An artifact that is a list of local files (file builder, checksum, compress, artifice); destroying it deletes them. */
public record FileArtifact(String builderId, List<Path> files, String id, String description, Map<String, String> state)
        implements Artifact {

    /** Immutable copies. */
    public FileArtifact {
        files = List.copyOf(files);
        state = Map.copyOf(state);
    }

    @Override
    public void destroy() throws IOException {
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                try (Stream<Path> walk = Files.walk(f)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
                }
            } else {
                Files.deleteIfExists(f);
            }
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
