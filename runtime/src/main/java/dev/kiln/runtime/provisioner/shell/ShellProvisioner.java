package dev.kiln.runtime.provisioner.shell;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.plugin.Pause;
import dev.kiln.runtime.plugin.PluginConfigException;
import dev.kiln.runtime.plugin.PluginFailure;
import dev.kiln.runtime.spi.ProvisionContext;
import dev.kiln.runtime.spi.ProvisionException;
import dev.kiln.runtime.spi.Provisioner;
import java.security.SecureRandom;
import java.time.Clock;

/** The {@code shell} provisioner as the engine runs it: decodes its options, then runs the scripts remotely. */
public final class ShellProvisioner implements Provisioner {

    private final ConfigView values;

    /** The provisioner configured by {@code values}. */
    public ShellProvisioner(ConfigView values) {
        this.values = values;
    }

    @Override
    public void provision(ProvisionContext context) throws ProvisionException, InterruptedException {
        SecureRandom random = new SecureRandom();
        try {
            ShellConfig config = ShellConfig.decode(values, random);
            new RemoteScriptRunner(config, Clock.systemUTC(), Pause.SLEEP, random)
                    .provision(
                            context.ui(),
                            context.requireCommunicator(),
                            context.buildVariables().values(),
                            context.buildName(),
                            context.builderType());
        } catch (PluginConfigException | PluginFailure e) {
            throw new ProvisionException(e.getMessage(), e);
        }
    }
}
