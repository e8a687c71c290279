package dev.kiln.runtime.provisioner.shelllocal;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.plugin.ConfigValues;
import dev.kiln.runtime.plugin.PluginConfigException;
import dev.kiln.runtime.plugin.PluginFailure;
import dev.kiln.runtime.spi.ProvisionContext;
import dev.kiln.runtime.spi.ProvisionException;
import dev.kiln.runtime.spi.Provisioner;

/** The {@code shell-local} provisioner: runs commands on the kiln host while the machine is being built. */
public final class ShellLocalProvisioner implements Provisioner {

    private final ConfigValues values;

    /** The provisioner configured by {@code config} (registered as {@code ShellLocalProvisioner::new}). */
    public ShellLocalProvisioner(ConfigView config) {
        this(ConfigValues.from(config::value));
    }

    /** The provisioner configured by {@code values}. */
    public ShellLocalProvisioner(ConfigValues values) {
        this.values = values;
    }

    @Override
    public void provision(ProvisionContext context) throws ProvisionException, InterruptedException {
        String os = ShellLocalConfig.hostOs();
        try {
            new ShellLocalRunner(ShellLocalConfig.decode(values, os), os).run(context.ui(), context.buildVariables().values(),
                    context.buildName(), context.builderType());
        } catch (PluginConfigException | PluginFailure e) {
            throw new ProvisionException(e.getMessage(), e);
        }
    }
}
