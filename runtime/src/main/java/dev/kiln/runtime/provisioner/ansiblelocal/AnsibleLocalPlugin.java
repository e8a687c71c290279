package dev.kiln.runtime.provisioner.ansiblelocal;

import dev.kiln.runtime.spi.PluginDescriptor;

/** The {@code ansible-local} provisioner of the hashicorp/ansible plugin ({@code AnsiblePlugin.PLUGIN_SOURCE}), built in. */
public final class AnsibleLocalPlugin {

    private AnsibleLocalPlugin() {}

    /** The plugin as the catalog lists it. */
    public static final PluginDescriptor DESCRIPTOR = PluginDescriptor.provisioner(
            "ansible-local", AnsibleLocalSchema.SCHEMA, config -> new AnsibleLocalProvisioner(config));
}
