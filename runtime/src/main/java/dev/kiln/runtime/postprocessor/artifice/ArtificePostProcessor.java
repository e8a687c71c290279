package dev.kiln.runtime.postprocessor.artifice;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.plugin.FileArtifact;
import dev.kiln.runtime.spi.Artifact;
import dev.kiln.runtime.spi.PostProcessContext;
import dev.kiln.runtime.spi.PostProcessException;
import dev.kiln.runtime.spi.PostProcessResult;
import dev.kiln.runtime.spi.PostProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code artifice} post-processor: replaces the artifact with the files named in
 * {@code files} (glob patterns, as Go's {@code filepath.Glob}; a pattern matching nothing adds
 * nothing), e.g. to keep a file a provisioner downloaded and throw the machine away.
 */
public final class ArtificePostProcessor implements PostProcessor {

    /** Packer's builder id of the artifact. */
    public static final String BUILDER_ID = "packer.post-processor.artifice";

    private final ConfigView values;

    /** The post-processor configured by {@code values}. */
    public ArtificePostProcessor(ConfigView values) {
        this.values = values;
    }

    @Override
    public PostProcessResult process(PostProcessContext context, Artifact input) throws PostProcessException {
        if (!input.files().isEmpty()) {
            context.ui().say("Discarding files from artifact: " + join(input.files()));
        }
        List<Path> files = new ArrayList<>();
        for (String pattern : values.strings("files")) files.addAll(glob(context.workingDirectory(), pattern));
        context.ui().say("Using these artifact files: " + join(files));
        return new PostProcessResult(
                new FileArtifact(BUILDER_ID, files, "", "Created artifact from files: " + join(files), Map.of()),
                true,
                false);
    }

    private static String join(List<Path> files) {
        return files.stream().map(Path::toString).collect(Collectors.joining(", "));
    }

    /** The paths matching {@code pattern}, written as the pattern writes them (relative stays relative). */
    static List<Path> glob(Path base, String pattern) throws PostProcessException {
        if (!pattern.matches(".*[*?\\[].*")) {
            return Files.exists(base.resolve(pattern)) ? List.of(Path.of(pattern)) : List.of();
        }
        int firstMeta = pattern.replaceAll("[*?\\[].*", "").lastIndexOf('/');
        String root = firstMeta < 0 ? "" : pattern.substring(0, firstMeta + 1);
        Path start = base.resolve(root.isEmpty() ? "." : root);
        long depth =
                pattern.substring(root.length()).chars().filter(c -> c == '/').count() + 1;
        PathMatcher matcher = start.getFileSystem().getPathMatcher("glob:" + pattern.substring(root.length()));
        if (!Files.isDirectory(start)) return List.of();
        try (Stream<Path> walk = Files.walk(start, (int) depth)) {
            return walk.filter(p -> !p.equals(start))
                    .filter(p -> matcher.matches(start.relativize(p)))
                    .map(p -> Path.of(root + start.relativize(p).toString().replace('\\', '/')))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new PostProcessException(e.getMessage(), e);
        }
    }
}
