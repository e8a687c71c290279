package dev.kiln.runtime.postprocessor.checksum;

import dev.kiln.runtime.spi.PluginDescriptor;

/** The {@code checksum} post-processor. */
public final class ChecksumPlugin {

    private ChecksumPlugin() {}

    /** The plugin as the catalog lists it. */
    public static final PluginDescriptor DESCRIPTOR = PluginDescriptor.postProcessor(
            "checksum", ChecksumSchema.SCHEMA, config -> new ChecksumPostProcessor(config));
}
