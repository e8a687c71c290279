package dev.kiln.runtime.builder.nullbuilder;

import dev.kiln.runtime.spi.PluginDescriptor;

/** The {@code null} builder. */
public final class NullBuilderPlugin {

    private NullBuilderPlugin() {}

    /** The plugin as the catalog lists it. */
    public static final PluginDescriptor DESCRIPTOR =
            PluginDescriptor.builder("null", NullSchema.SCHEMA, communicators -> new NullBuilder(communicators));
}
