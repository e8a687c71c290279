package dev.kiln.runtime.postprocessor.compress;

import dev.kiln.runtime.spi.PluginDescriptor;

/** The {@code compress} post-processor. */
public final class CompressPlugin {

    private CompressPlugin() {}

    /** The plugin as the catalog lists it. */
    public static final PluginDescriptor DESCRIPTOR = PluginDescriptor.postProcessor(
            "compress", CompressSchema.SCHEMA, config -> new CompressPostProcessor(config));
}
