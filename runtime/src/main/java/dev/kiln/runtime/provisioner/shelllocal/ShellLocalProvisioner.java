package dev.kiln.runtime.provisioner.shelllocal;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.plugin.PluginConfigException;
import dev.kiln.runtime.plugin.PluginFailure;
import dev.kiln.runtime.spi.ProvisionContext;
import dev.kiln.runtime.spi.ProvisionException;
import dev.kiln.runtime.spi.Provisioner;

/** The {@code shell-local} provisioner: runs commands on the kiln host while the machine is being built. */
public final class ShellLocalProvisioner implements Provisioner {

    private final ConfigView values;

    /** The provisioner configured by {@code values}. */
    public ShellLocalProvisioner(ConfigView values) {
        this.values = values;
    }

    @Override
    public void provision(ProvisionContext context) throws ProvisionException, InterruptedException {
        String os = ShellLocalConfig.hostOs();
        try {
            new ShellLocalRunner(ShellLocalConfig.decode(values), os)
                    .run(context.ui(), context.buildVariables().values(), context.buildName(), context.builderType());
        } catch (PluginConfigException | PluginFailure e) {
            throw new ProvisionException(e.getMessage(), e);
        }
    }
}
