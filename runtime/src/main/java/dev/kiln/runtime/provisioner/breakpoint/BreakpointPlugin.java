package dev.kiln.runtime.provisioner.breakpoint;

import dev.kiln.runtime.spi.PluginDescriptor;

/** The {@code breakpoint} provisioner. */
public final class BreakpointPlugin {

    private BreakpointPlugin() {}

    /** The plugin as the catalog lists it. */
    public static final PluginDescriptor DESCRIPTOR = PluginDescriptor.provisioner(
            "breakpoint", BreakpointSchema.SCHEMA, config -> new BreakpointProvisioner(config));
}
