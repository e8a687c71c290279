package dev.kiln.runtime.communicator.ssh;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One SSH server to log in to, the target or the bastion: where it is and how to authenticate.
 * {@code password} and {@code privateKeyFile} are optional; {@link #toString()} never shows the password.
 */
public record SshEndpoint(
        String host,
        int port,
        String username,
        Optional<String> password,
        Optional<Path> privateKeyFile,
        boolean agentAuth) {

    public SshEndpoint {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("ssh: no host to connect to");
        if (username == null || username.isEmpty())
            throw new IllegalArgumentException("An ssh_username must be specified");
        password = password.filter(p -> !p.isEmpty());
    }

    /** An endpoint without credentials yet; add them with the {@code with...} methods. */
    public static SshEndpoint of(String host, int port, String username) {
        return new SshEndpoint(host, port, username, Optional.empty(), Optional.empty(), false);
    }

    public SshEndpoint withPassword(String value) {
        return new SshEndpoint(host, port, username, Optional.ofNullable(value), privateKeyFile, agentAuth);
    }

    public SshEndpoint withPrivateKeyFile(Path value) {
        return new SshEndpoint(host, port, username, password, Optional.ofNullable(value), agentAuth);
    }

    public SshEndpoint withAgentAuth(boolean value) {
        return new SshEndpoint(host, port, username, password, privateKeyFile, value);
    }

    /** {@code host:port}, as error messages show it. */
    public String address() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public String toString() {
        return username + "@" + address() + password.map(p -> " (password)").orElse("")
                + privateKeyFile.map(k -> " (key " + k + ")").orElse("") + (agentAuth ? " (agent)" : "");
    }
}
