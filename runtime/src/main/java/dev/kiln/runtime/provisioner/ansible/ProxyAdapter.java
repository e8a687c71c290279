package dev.kiln.runtime.provisioner.ansible;

import dev.kiln.runtime.plugin.PluginFailure;
import dev.kiln.runtime.spi.Communicator;
import dev.kiln.runtime.spi.Ui;
import java.io.IOException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.subsystem.SubsystemFactory;

/**
 * The plugin's proxy adapter: an SSH server on 127.0.0.1 that ansible connects to as
 * {@code user} with the one authorized key; each exec and sftp request is carried out on the
 * machine being built through kiln's communicator ({@link RelayCommand}). Built on Apache MINA SSHD.
 */
final class ProxyAdapter implements AutoCloseable {

    /** How long closing the adapter waits for its sessions to end. */
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final SshServer server;

    private ProxyAdapter(SshServer server) {
        this.server = server;
    }

    /**
     * Starts the adapter on the first free port of the ten from {@code localPort} (0: any free port),
     * reporting each port it could not use as the plugin does.
     */
    static ProxyAdapter start(
            int localPort,
            KeyPair hostKey,
            PublicKey authorizedKey,
            String user,
            String sftpCommand,
            Communicator comm,
            Ui ui)
            throws PluginFailure {
        int tries = localPort == 0 ? 1 : 10;
        int port = localPort;
        for (int i = 0; i < tries; i++, port++) {
            SshServer server = server(port, hostKey, authorizedKey, user, sftpCommand, comm, ui);
            try {
                server.start();
                return new ProxyAdapter(server);
            } catch (IOException e) {
                ui.say("listen tcp 127.0.0.1:" + port + ": bind: " + e.getMessage());
                closeQuietly(server);
            }
        }
        throw new PluginFailure("Error setting up SSH proxy connection");
    }

    private static SshServer server(
            int port,
            KeyPair hostKey,
            PublicKey authorizedKey,
            String user,
            String sftpCommand,
            Communicator comm,
            Ui ui) {
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(port);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
        server.setPublickeyAuthenticator(
                (name, key, session) -> name.equals(user) && KeyUtils.compareKeys(key, authorizedKey));
        server.setCommandFactory((channel, command) -> new RelayCommand(command, true, comm, ui));
        server.setSubsystemFactories(List.of(new SubsystemFactory() {
            @Override
            public String getName() {
                return "sftp";
            }

            @Override
            public RelayCommand createSubsystem(org.apache.sshd.server.channel.ChannelSession channel) {
                return new RelayCommand(sftpCommand, false, comm, ui);
            }
        }));
        // A task may run for a long time without output (a package install); ansible's own timeouts apply.
        CoreModuleProperties.IDLE_TIMEOUT.set(server, Duration.ZERO);
        return server;
    }

    /** The port ansible connects to. */
    int port() {
        return server.getPort();
    }

    /** Stops listening and closes every session (their remote commands are stopped), waiting at most {@link #CLOSE_TIMEOUT}. */
    @Override
    public void close() {
        try {
            server.close(true).await(CLOSE_TIMEOUT);
        } catch (IOException e) {
            closeQuietly(server);
        }
    }

    private static void closeQuietly(SshServer server) {
        try {
            server.stop(true);
        } catch (IOException e) {
            // Nothing more can be done about a server that will not stop.
        }
    }
}
