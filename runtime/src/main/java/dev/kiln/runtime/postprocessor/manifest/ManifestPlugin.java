package dev.kiln.runtime.postprocessor.manifest;

import dev.kiln.runtime.spi.PluginDescriptor;

/** The {@code manifest} post-processor. */
public final class ManifestPlugin {

    private ManifestPlugin() {}

    /** The plugin as the catalog lists it. */
    public static final PluginDescriptor DESCRIPTOR = PluginDescriptor.postProcessor(
            "manifest", ManifestSchema.SCHEMA, config -> new ManifestPostProcessor(config));
}
