package dev.kiln.runtime.spi;

import dev.kiln.compiler.schema.ConfigView;

/** Makes a post-processor from its evaluated configuration (already checked against its schema). */
@FunctionalInterface
public non-sealed interface PostProcessorFactory extends PluginFactory {

    /** A post-processor configured by {@code config}. */
    PostProcessor create(ConfigView config);
}
