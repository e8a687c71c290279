package dev.kiln.runtime.engine;

import dev.kiln.runtime.spi.BuildVariables;
import dev.kiln.runtime.spi.PostProcessException;
import dev.kiln.runtime.spi.PostProcessor;

/**
 * One post-processor of a chain as the Plan gives it: its type, its name (Packer announces
 * {@code name (type TYPE)} when they differ), how to make it, and {@code keep_input_artifact}
 * (null when the user left it to the post-processor).
 */
public record PostProcessorRun(String type, String name, Source source, Boolean keepInputArtifact) {

    /** Makes the post-processor, evaluating its configuration with the build's {@code build.*} values. */
    @FunctionalInterface
    public interface Source {
        /** The configured post-processor. */
        PostProcessor create(BuildVariables variables) throws PostProcessException;
    }
}
