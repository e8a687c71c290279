package dev.kiln.runtime.communicator.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.userauth.keyprovider.KeyProvider;
import net.schmizz.sshj.userauth.method.AuthKeyboardInteractive;
import net.schmizz.sshj.userauth.method.AuthMethod;
import net.schmizz.sshj.userauth.method.AuthPassword;
import net.schmizz.sshj.userauth.method.AuthPublickey;
import net.schmizz.sshj.userauth.method.PasswordResponseProvider;
import net.schmizz.sshj.userauth.password.PasswordFinder;
import net.schmizz.sshj.userauth.password.Resource;

/** Logs a connected client in to an {@link SshEndpoint} with its key file, agent and/or password, in that order. */
final class SshAuthenticator {

    private SshAuthenticator() {}

    static void authenticate(SSHClient client, SshEndpoint endpoint, SshAgent agent) throws IOException {
        List<AuthMethod> methods = new ArrayList<>();
        if (endpoint.privateKeyFile().isPresent())
            methods.add(
                    new AuthPublickey(loadKey(client, endpoint.privateKeyFile().get())));
        if (endpoint.agentAuth()) methods.addAll(agent.authMethods());
        if (endpoint.password().isPresent()) {
            char[] password = endpoint.password().get().toCharArray();
            methods.add(new AuthPassword(fixed(password)));
            // Servers with PasswordAuthentication off often still take the password as keyboard-interactive.
            methods.add(new AuthKeyboardInteractive(new PasswordResponseProvider(fixed(password))));
        }
        if (methods.isEmpty()) {
            throw new UnusableCredentialsException("ssh: no authentication method for " + endpoint.username() + "@"
                    + endpoint.address() + ": set ssh_password, ssh_private_key_file or ssh_agent_auth");
        }
        client.auth(endpoint.username(), methods);
    }

    private static KeyProvider loadKey(SSHClient client, Path file) throws IOException {
        if (!Files.isReadable(file))
            throw new UnusableCredentialsException("ssh_private_key_file " + file + ": file not found or not readable");
        try {
            KeyProvider keys = client.loadKeys(file.toString());
            keys.getPrivate(); // parse now, so a bad file fails here with its name instead of mid-handshake
            return keys;
        } catch (IOException | RuntimeException e) {
            throw new UnusableCredentialsException("ssh_private_key_file " + file + ": cannot read the private key ("
                    + SshErrorText.reason(e) + "); encrypted keys are not supported");
        }
    }

    private static PasswordFinder fixed(char[] password) {
        return new PasswordFinder() {
            @Override
            public char[] reqPassword(Resource<?> resource) {
                return password.clone();
            }

            @Override
            public boolean shouldRetry(Resource<?> resource) {
                return false;
            }
        };
    }

    /** Credentials that cannot work (unreadable key file, none given): a configuration error, so connecting does not retry. */
    static final class UnusableCredentialsException extends IOException {
        private static final long serialVersionUID = 1L;

        UnusableCredentialsException(String message) {
            super(message);
        }
    }
}
