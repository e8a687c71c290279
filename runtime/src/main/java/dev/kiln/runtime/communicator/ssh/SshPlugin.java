package dev.kiln.runtime.communicator.ssh;

import dev.kiln.runtime.spi.CommunicatorDescriptor;

/** The {@code ssh} communicator. */
public final class SshPlugin {

    private SshPlugin() {}

    /** The communicator as the catalog lists it; sshj loads on the first connection only. */
    public static final CommunicatorDescriptor DESCRIPTOR = new CommunicatorDescriptor(
            "ssh", (config, host, state) -> new SshCommunicatorFactory().connect(config, host, state));
}
