package dev.kiln.runtime.provisioner.shelllocal;

import dev.kiln.runtime.spi.PluginDescriptor;

/** The {@code shell-local} provisioner. */
public final class ShellLocalPlugin {

    private ShellLocalPlugin() {}

    /** The plugin as the catalog lists it. */
    public static final PluginDescriptor DESCRIPTOR = PluginDescriptor.provisioner(
            "shell-local", ShellLocalSchema.SCHEMA, config -> new ShellLocalProvisioner(config));
}
