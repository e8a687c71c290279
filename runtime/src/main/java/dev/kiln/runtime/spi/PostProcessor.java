package dev.kiln.runtime.spi;

/** A post-processor plugin instance, made by a {@link PostProcessorFactory}: turns an artifact into another. */
public interface PostProcessor {

    /** Processes {@code input}; throws {@link PostProcessException} when it fails, {@link InterruptedException} when cancelled. */
    PostProcessResult process(PostProcessContext context, Artifact input)
            throws PostProcessException, InterruptedException;
}
