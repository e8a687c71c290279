package dev.kiln.runtime.provisioner.ansible;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.plugin.PluginConfigException;
import dev.kiln.runtime.plugin.PluginFailure;
import dev.kiln.runtime.spi.ProvisionContext;
import dev.kiln.runtime.spi.ProvisionException;
import dev.kiln.runtime.spi.Provisioner;

/** The {@code ansible} provisioner as the engine runs it: decodes its options, then runs ansible-playbook here. */
public final class AnsibleProvisioner implements Provisioner {

    private final ConfigView values;

    /** The provisioner configured by {@code config}; unset options read as the schema's defaults. */
    public AnsibleProvisioner(ConfigView config) {
        this.values = config;
    }

    @Override
    public void provision(ProvisionContext context) throws ProvisionException, InterruptedException {
        try {
            AnsibleConfig config = AnsibleConfig.decode(values, System.getProperty("user.name", ""));
            new PlaybookRun(config, context.ui(), context.requireCommunicator())
                    .provision(context.buildVariables().values(), context.buildName(), context.builderType());
        } catch (PluginConfigException | PluginFailure e) {
            throw new ProvisionException(e.getMessage(), e);
        }
    }
}
