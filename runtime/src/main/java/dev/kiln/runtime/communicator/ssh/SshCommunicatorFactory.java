package dev.kiln.runtime.communicator.ssh;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.Communicator;
import dev.kiln.runtime.spi.CommunicatorFactory;
import java.io.IOException;

/**
 * The {@code ssh} communicator for builders: reads the {@code ssh_*} options, connects (retrying
 * until {@code ssh_timeout}, reporting on the build's UI) and reconnects after a disconnect.
 */
public final class SshCommunicatorFactory implements CommunicatorFactory {

    @Override
    public Communicator connect(ConfigView config, String host, BuildState state)
            throws IOException, InterruptedException {
        SshSettings settings;
        try {
            settings = SshSettings.from(config, host);
        } catch (IllegalArgumentException e) {
            // Validation checks these options; a value only known at run time can still be wrong.
            throw new IOException(e.getMessage(), e);
        }
        SshConnector connector = new SshConnector(SshProgress.to(state.ui(), false));
        return new ReconnectingCommunicator(connector, settings, connector.connect(settings));
    }
}
