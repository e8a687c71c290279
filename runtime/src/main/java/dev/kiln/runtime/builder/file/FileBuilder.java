package dev.kiln.runtime.builder.file;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.plugin.FileArtifact;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.Builder;
import dev.kiln.runtime.spi.BuilderConfig;
import dev.kiln.runtime.spi.StandardKeys;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/**
 * The {@code file} builder: writes {@code content} to {@code target} (or copies {@code source}
 * there), runs the provisioners, and leaves the file as the artifact. Fast and machine-free, it is
 * the builder of choice for testing post-processors.
 */
public final class FileBuilder implements Builder {

    /** Packer's builder id of the artifact. */
    public static final String BUILDER_ID = "packer.file";

    @Override
    public String type() {
        return "file";
    }

    @Override
    public List<Step> steps(BuilderConfig config) {
        ConfigView values = config.config();
        WriteFile write = new WriteFile(values.text("source"), values.text("content"), values.text("target"));
        return List.of(write, config.provisioning(), new CreateArtifact(values.text("target")));
    }

    /** The artifact of a file at {@code target}. */
    public static FileArtifact artifact(String target) {
        return new FileArtifact(BUILDER_ID, List.of(Path.of(target)), "File", "Stored file: " + target, Map.of());
    }

    /** Writes or copies the target file, creating its directory first. */
    record WriteFile(String source, String content, String target) implements Step {

        @Override
        public String name() {
            return "StepWriteFile";
        }

        @Override
        public StepResult run(BuildState state) {
            Path targetPath = Path.of(target);
            try {
                Path dir = targetPath.toAbsolutePath().getParent();
                if (dir != null) Files.createDirectories(dir);
                if (!source.isEmpty()) {
                    try (InputStream in = Files.newInputStream(Path.of(source));
                            OutputStream out = Files.newOutputStream(targetPath)) {
                        state.ui().say("Copying " + source + " to " + target);
                        long bytes = in.transferTo(out);
                        state.ui().say("Copied " + bytes + " bytes");
                    }
                } else {
                    // An empty content still creates the (empty) file, readable only by its owner as in Packer.
                    Files.writeString(targetPath, content, StandardCharsets.UTF_8);
                    try {
                        Files.setPosixFilePermissions(targetPath, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException e) {
                        // Windows: no POSIX modes.
                    }
                }
            } catch (NoSuchFileException e) {
                return StepResult.halt("open " + e.getFile() + ": no such file or directory");
            } catch (IOException e) {
                return StepResult.halt(e.toString());
            }
            return StepResult.proceed();
        }
    }

    /** Leaves the file artifact for the engine once the provisioners ran. */
    record CreateArtifact(String target) implements Step {

        @Override
        public String name() {
            return "StepCreateArtifact";
        }

        @Override
        public StepResult run(BuildState state) {
            state.put(StandardKeys.ARTIFACT, artifact(target));
            return StepResult.proceed();
        }
    }
}
