package dev.kiln.runtime.provisioner.file;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.plugin.PluginConfigException;
import dev.kiln.runtime.plugin.PluginFailure;
import dev.kiln.runtime.spi.ProvisionContext;
import dev.kiln.runtime.spi.ProvisionException;
import dev.kiln.runtime.spi.Provisioner;

/** The {@code file} provisioner as the engine runs it: decodes its options, then copies over the communicator. */
public final class FileProvisioner implements Provisioner {

    private final ConfigView values;

    /** The provisioner configured by {@code values}. */
    public FileProvisioner(ConfigView values) {
        this.values = values;
    }

    @Override
    public void provision(ProvisionContext context) throws ProvisionException, InterruptedException {
        try {
            new FileTransfer(FileProvisionerConfig.decode(values))
                    .provision(
                            context.ui(),
                            context.requireCommunicator(),
                            context.buildVariables().values());
        } catch (PluginConfigException | PluginFailure e) {
            throw new ProvisionException(e.getMessage(), e);
        }
    }
}
