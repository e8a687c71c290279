package dev.kiln.runtime.spi;

import dev.kiln.compiler.schema.ConfigView;

/** Makes a post-processor from its evaluated configuration (already checked against its schema). */
@FunctionalInterface
public interface PostProcessorFactory {

    /** A post-processor configured by {@code config}. */
    PostProcessor create(ConfigView config);
}
