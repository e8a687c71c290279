package dev.kiln.runtime.provisioner.file;

import dev.kiln.runtime.spi.PluginDescriptor;

/** The {@code file} provisioner. */
public final class FileProvisionerPlugin {

    private FileProvisionerPlugin() {}

    /** The plugin as the catalog lists it. */
    public static final PluginDescriptor DESCRIPTOR =
            PluginDescriptor.provisioner("file", FileProvisionerSchema.SCHEMA, config -> new FileProvisioner(config));
}
