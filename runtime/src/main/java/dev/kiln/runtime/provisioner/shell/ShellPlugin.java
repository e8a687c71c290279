package dev.kiln.runtime.provisioner.shell;

import dev.kiln.runtime.spi.PluginDescriptor;

/** The {@code shell} provisioner. */
public final class ShellPlugin {

    private ShellPlugin() {}

    /** The plugin as the catalog lists it. */
    public static final PluginDescriptor DESCRIPTOR =
            PluginDescriptor.provisioner("shell", ShellSchema.SCHEMA, config -> new ShellProvisioner(config));
}
