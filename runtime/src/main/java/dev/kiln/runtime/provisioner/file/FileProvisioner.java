package dev.kiln.runtime.provisioner.file;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.plugin.ConfigValues;
import dev.kiln.runtime.plugin.PluginConfigException;
import dev.kiln.runtime.plugin.PluginFailure;
import dev.kiln.runtime.spi.ProvisionContext;
import dev.kiln.runtime.spi.ProvisionException;
import dev.kiln.runtime.spi.Provisioner;

/** The {@code file} provisioner as the engine runs it: decodes its options, then copies over the communicator. */
public final class FileProvisioner implements Provisioner {

    private final ConfigValues values;

    /** The provisioner configured by {@code config} (registered as {@code FileProvisioner::new}). */
    public FileProvisioner(ConfigView config) {
        this(ConfigValues.from(config::value));
    }

    /** The provisioner configured by {@code values}. */
    public FileProvisioner(ConfigValues values) {
        this.values = values;
    }

    @Override
    public void provision(ProvisionContext context) throws ProvisionException, InterruptedException {
        try {
            new FileTransfer(FileProvisionerConfig.decode(values)).provision(context.ui(), context.requireCommunicator(),
                    context.buildVariables().values());
        } catch (PluginConfigException | PluginFailure e) {
            throw new ProvisionException(e.getMessage(), e);
        }
    }
}
