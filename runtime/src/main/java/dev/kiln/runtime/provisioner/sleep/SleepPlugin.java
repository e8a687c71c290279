package dev.kiln.runtime.provisioner.sleep;

import dev.kiln.runtime.spi.PluginDescriptor;

/** The {@code sleep} provisioner. */
public final class SleepPlugin {

    private SleepPlugin() {}

    /** The plugin as the catalog lists it. */
    public static final PluginDescriptor DESCRIPTOR =
            PluginDescriptor.provisioner("sleep", SleepSchema.SCHEMA, config -> new SleepProvisioner(config));
}
