package dev.kiln.runtime.communicator.ssh;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.stdlib.go.GoDuration;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link SshConnector} needs to open a connection, decoded from the communicator options
 * ({@link dev.kiln.runtime.spi.CommunicatorSchema}). A zero {@code readWriteTimeout} means none.
 */
public record SshSettings(SshEndpoint target, Optional<SshEndpoint> bastion, Duration timeout, int handshakeAttempts,
        Duration keepAliveInterval, Duration readWriteTimeout, boolean pty, TransferMethod transferMethod,
        Duration pauseBeforeConnecting, boolean disableAgentForwarding) {

    public SshSettings {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(bastion, "bastion");
        if (handshakeAttempts < 1) handshakeAttempts = 1;
    }

    /** Packer's defaults for {@code target}: 5m timeout, 10 handshake attempts, 5s keep-alive, SFTP. */
    public static SshSettings defaults(SshEndpoint target) {
        return new SshSettings(target, Optional.empty(), Duration.ofMinutes(5), 10, Duration.ofSeconds(5), Duration.ZERO,
                false, TransferMethod.SFTP, Duration.ZERO, false);
    }

    /**
     * Reads the options of a source block. {@code discoveredHost} is the address the builder found
     * (the instance's IP); {@code ssh_host} wins over it when set.
     */
    public static SshSettings from(ConfigView config, String discoveredHost) {
        String host = config.nonEmptyString("ssh_host").orElse(discoveredHost);
        String user = config.nonEmptyString("ssh_username").orElse("");
        SshEndpoint target = new SshEndpoint(host, port(config, "ssh_port"), user,
                config.nonEmptyString("ssh_password"), config.nonEmptyString("ssh_private_key_file").map(Path::of),
                config.isTrue("ssh_agent_auth"));
        Optional<SshEndpoint> bastion = config.nonEmptyString("ssh_bastion_host").map(bastionHost -> new SshEndpoint(
                bastionHost, port(config, "ssh_bastion_port"), config.nonEmptyString("ssh_bastion_username").orElse(user),
                config.nonEmptyString("ssh_bastion_password"),
                config.nonEmptyString("ssh_bastion_private_key_file").map(Path::of),
                config.isTrue("ssh_bastion_agent_auth")));
        String timeout = config.nonEmptyString("ssh_timeout")
                .or(() -> config.nonEmptyString("ssh_wait_timeout")).orElse("5m");
        return new SshSettings(target, bastion, duration("ssh_timeout", timeout),
                config.number("ssh_handshake_attempts").map(BigDecimal::intValue).filter(n -> n > 0).orElse(10),
                duration("ssh_keep_alive_interval", config.nonEmptyString("ssh_keep_alive_interval").orElse("5s")),
                duration("ssh_read_write_timeout", config.nonEmptyString("ssh_read_write_timeout").orElse("0")),
                config.isTrue("ssh_pty"),
                TransferMethod.parse(config.nonEmptyString("ssh_file_transfer_method").orElse("sftp")),
                duration("pause_before_connecting", config.nonEmptyString("pause_before_connecting").orElse("0")),
                config.isTrue("ssh_disable_agent_forwarding"));
    }

    /** {@code text} as a Go duration; validation checked known values, so this fails only for one known at run time. */
    private static Duration duration(String option, String text) {
        try {
            return GoDuration.parse(text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    private static int port(ConfigView config, String name) {
        return config.number(name).map(BigDecimal::intValue).filter(p -> p > 0).orElse(22);
    }

    public SshSettings withBastion(SshEndpoint value) {
        return new SshSettings(target, Optional.of(value), timeout, handshakeAttempts, keepAliveInterval, readWriteTimeout,
                pty, transferMethod, pauseBeforeConnecting, disableAgentForwarding);
    }

    public SshSettings withTimeout(Duration value) {
        return new SshSettings(target, bastion, value, handshakeAttempts, keepAliveInterval, readWriteTimeout, pty,
                transferMethod, pauseBeforeConnecting, disableAgentForwarding);
    }

    public SshSettings withHandshakeAttempts(int value) {
        return new SshSettings(target, bastion, timeout, value, keepAliveInterval, readWriteTimeout, pty, transferMethod,
                pauseBeforeConnecting, disableAgentForwarding);
    }

    public SshSettings withPty(boolean value) {
        return new SshSettings(target, bastion, timeout, handshakeAttempts, keepAliveInterval, readWriteTimeout, value,
                transferMethod, pauseBeforeConnecting, disableAgentForwarding);
    }

    public SshSettings withTransferMethod(TransferMethod value) {
        return new SshSettings(target, bastion, timeout, handshakeAttempts, keepAliveInterval, readWriteTimeout, pty, value,
                pauseBeforeConnecting, disableAgentForwarding);
    }

    public SshSettings withPauseBeforeConnecting(Duration value) {
        return new SshSettings(target, bastion, timeout, handshakeAttempts, keepAliveInterval, readWriteTimeout, pty,
                transferMethod, value, disableAgentForwarding);
    }
}
