package dev.kiln.runtime.postprocessor.shelllocal;

import dev.kiln.runtime.spi.PluginDescriptor;

/** The {@code shell-local} post-processor. */
public final class ShellLocalPostProcessorPlugin {

    private ShellLocalPostProcessorPlugin() {}

    /** The plugin as the catalog lists it. */
    public static final PluginDescriptor DESCRIPTOR = PluginDescriptor.postProcessor(
            "shell-local", ShellLocalPostProcessorSchema.SCHEMA, config -> new ShellLocalPostProcessor(config));
}
