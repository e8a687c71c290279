package dev.kiln.runtime.postprocessor.artifice;

import dev.kiln.runtime.spi.PluginDescriptor;

/** The {@code artifice} post-processor. */
public final class ArtificePlugin {

    private ArtificePlugin() {}

    /** The plugin as the catalog lists it. */
    public static final PluginDescriptor DESCRIPTOR = PluginDescriptor.postProcessor(
            "artifice", ArtificeSchema.SCHEMA, config -> new ArtificePostProcessor(config));
}
