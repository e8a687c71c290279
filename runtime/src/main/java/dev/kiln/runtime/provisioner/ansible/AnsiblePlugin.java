package dev.kiln.runtime.provisioner.ansible;

import dev.kiln.runtime.spi.PluginDescriptor;

/** The {@code ansible} provisioner of the hashicorp/ansible plugin, built in. */
public final class AnsiblePlugin {

    private AnsiblePlugin() {}

    /** The Packer plugin both ansible provisioners come from, as {@code required_plugins} names it. */
    public static final String PLUGIN_SOURCE = "github.com/hashicorp/ansible";

    /** The plugin as the catalog lists it. */
    public static final PluginDescriptor DESCRIPTOR =
            PluginDescriptor.provisioner("ansible", AnsibleSchema.SCHEMA, config -> new AnsibleProvisioner(config));
}
