package dev.kiln.runtime.builder.file;

import dev.kiln.runtime.spi.PluginDescriptor;

/** The {@code file} builder. */
public final class FileBuilderPlugin {

    private FileBuilderPlugin() {}

    /** The plugin as the catalog lists it. */
    public static final PluginDescriptor DESCRIPTOR =
            PluginDescriptor.builder("file", FileSchema.SCHEMA, communicators -> new FileBuilder());
}
