package dev.kiln.runtime.communicator.ssh;

import dev.kiln.compiler.schema.AttributeDefault;
import dev.kiln.compiler.schema.AttributeSchema;
import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.spi.CommunicatorSchema;
import dev.kiln.stdlib.go.GoDuration;
import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.StringValue;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link SshConnector} needs to open a connection, decoded from the communicator options
 * ({@link dev.kiln.runtime.spi.CommunicatorSchema}). A zero {@code readWriteTimeout} means none.
 */
public record SshSettings(
        SshEndpoint target,
        Optional<SshEndpoint> bastion,
        Duration timeout,
        int handshakeAttempts,
        Duration keepAliveInterval,
        Duration readWriteTimeout,
        boolean pty,
        TransferMethod transferMethod,
        Duration pauseBeforeConnecting,
        boolean disableAgentForwarding) {

    public SshSettings {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(bastion, "bastion");
        if (handshakeAttempts < 1) handshakeAttempts = 1;
    }

    /** The defaults of {@link CommunicatorSchema} (Packer's) for {@code target}. */
    public static SshSettings defaults(SshEndpoint target) {
        return new SshSettings(
                target,
                Optional.empty(),
                duration("ssh_timeout", Optional.empty()),
                schemaDefault("ssh_handshake_attempts")
                        .map(BigDecimal::new)
                        .orElseThrow()
                        .intValue(),
                duration("ssh_keep_alive_interval", Optional.empty()),
                duration("ssh_read_write_timeout", Optional.empty()),
                false,
                TransferMethod.parse(schemaDefault("ssh_file_transfer_method").orElseThrow()),
                Duration.ZERO,
                false);
    }

    /**
     * Reads the options of a source block. {@code discoveredHost} is the address the builder found
     * (the instance's IP); {@code ssh_host} wins over it when set. Unset options take the schema's
     * defaults, so the schema is the one place they are written.
     */
    public static SshSettings from(ConfigView config, String discoveredHost) {
        String host = config.nonEmptyString("ssh_host").orElse(discoveredHost);
        String user = config.nonEmptyString("ssh_username").orElse("");
        SshEndpoint target = new SshEndpoint(
                host,
                port(config, "ssh_port"),
                user,
                config.nonEmptyString("ssh_password"),
                config.nonEmptyString("ssh_private_key_file").map(Path::of),
                config.isTrue("ssh_agent_auth"));
        Optional<SshEndpoint> bastion = config.nonEmptyString("ssh_bastion_host")
                .map(bastionHost -> new SshEndpoint(
                        bastionHost,
                        port(config, "ssh_bastion_port"),
                        config.nonEmptyString("ssh_bastion_username").orElse(user),
                        config.nonEmptyString("ssh_bastion_password"),
                        config.nonEmptyString("ssh_bastion_private_key_file").map(Path::of),
                        config.isTrue("ssh_bastion_agent_auth")));
        Optional<String> timeout =
                config.nonEmptyString("ssh_timeout").or(() -> config.nonEmptyString("ssh_wait_timeout"));
        return new SshSettings(
                target,
                bastion,
                duration("ssh_timeout", timeout),
                config.number("ssh_handshake_attempts")
                        .map(BigDecimal::intValue)
                        .filter(n -> n > 0)
                        .orElseGet(() -> defaults(target).handshakeAttempts()),
                duration("ssh_keep_alive_interval", config.nonEmptyString("ssh_keep_alive_interval")),
                duration("ssh_read_write_timeout", config.nonEmptyString("ssh_read_write_timeout")),
                config.isTrue("ssh_pty"),
                TransferMethod.parse(config.nonEmptyString("ssh_file_transfer_method")
                        .or(() -> schemaDefault("ssh_file_transfer_method"))
                        .orElseThrow()),
                duration("pause_before_connecting", config.nonEmptyString("pause_before_connecting")),
                config.isTrue("ssh_disable_agent_forwarding"));
    }

    /**
     * The option's value when written, else the schema's default, else zero, as a Go duration;
     * validation checked known values, so this fails only for one known at run time.
     */
    private static Duration duration(String option, Optional<String> written) {
        try {
            return GoDuration.parse(
                    written.or(() -> schemaDefault(option)).orElse("0").trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    /** The default {@link CommunicatorSchema} gives {@code option}, as text. */
    private static Optional<String> schemaDefault(String option) {
        return CommunicatorSchema.SCHEMA
                .attribute(option)
                .map(AttributeSchema::defaultValue)
                .filter(d -> d instanceof AttributeDefault.Constant)
                .map(d -> ((AttributeDefault.Constant) d).value().unmarkDeep())
                .map(v -> v instanceof StringValue sv
                        ? sv.value()
                        : ((NumberValue) v).value().toPlainString());
    }

    /**
     * How long one request may wait for the host's reply once connected (opening a session,
     * starting a command or the sftp subsystem, each SFTP request): {@code ssh_read_write_timeout}
     * when set, else {@link #DEFAULT_OPERATION_TIMEOUT}.
     */
    public Duration operationTimeout() {
        return readWriteTimeout.isZero() || readWriteTimeout.isNegative()
                ? DEFAULT_OPERATION_TIMEOUT
                : readWriteTimeout;
    }

    /**
     * How long the host may send nothing before the connection counts as lost:
     * {@code ssh_read_write_timeout} when set (a read deadline, as Packer's), else one more
     * keep-alive interval than the unanswered keep-alives that end it, else no limit.
     */
    public Optional<Duration> silenceLimit() {
        if (readWriteTimeout.compareTo(Duration.ZERO) > 0) return Optional.of(readWriteTimeout);
        if (keepAliveSeconds() > 0)
            return Optional.of(
                    Duration.ofSeconds(keepAliveSeconds()).multipliedBy(SshConnector.KEEP_ALIVE_COUNT_MAX + 1));
        return Optional.empty();
    }

    /** The keep-alive interval in the whole seconds sshj counts, rounded up; 0 (none) when zero or negative. */
    public int keepAliveSeconds() {
        if (keepAliveInterval.compareTo(Duration.ZERO) <= 0) return 0;
        return (int) Math.max(1, (keepAliveInterval.toMillis() + 999) / 1000);
    }

    /** The reply bound without {@code ssh_read_write_timeout} (documented in docs/cli.md). */
    public static final Duration DEFAULT_OPERATION_TIMEOUT = Duration.ofSeconds(30);

    private static int port(ConfigView config, String name) {
        return config.number(name).map(BigDecimal::intValue).filter(p -> p > 0).orElse(22);
    }

    public SshSettings withBastion(SshEndpoint value) {
        return new SshSettings(
                target,
                Optional.of(value),
                timeout,
                handshakeAttempts,
                keepAliveInterval,
                readWriteTimeout,
                pty,
                transferMethod,
                pauseBeforeConnecting,
                disableAgentForwarding);
    }

    public SshSettings withTimeout(Duration value) {
        return new SshSettings(
                target,
                bastion,
                value,
                handshakeAttempts,
                keepAliveInterval,
                readWriteTimeout,
                pty,
                transferMethod,
                pauseBeforeConnecting,
                disableAgentForwarding);
    }

    public SshSettings withHandshakeAttempts(int value) {
        return new SshSettings(
                target,
                bastion,
                timeout,
                value,
                keepAliveInterval,
                readWriteTimeout,
                pty,
                transferMethod,
                pauseBeforeConnecting,
                disableAgentForwarding);
    }

    public SshSettings withPty(boolean value) {
        return new SshSettings(
                target,
                bastion,
                timeout,
                handshakeAttempts,
                keepAliveInterval,
                readWriteTimeout,
                value,
                transferMethod,
                pauseBeforeConnecting,
                disableAgentForwarding);
    }

    public SshSettings withTransferMethod(TransferMethod value) {
        return new SshSettings(
                target,
                bastion,
                timeout,
                handshakeAttempts,
                keepAliveInterval,
                readWriteTimeout,
                pty,
                value,
                pauseBeforeConnecting,
                disableAgentForwarding);
    }

    public SshSettings withPauseBeforeConnecting(Duration value) {
        return new SshSettings(
                target,
                bastion,
                timeout,
                handshakeAttempts,
                keepAliveInterval,
                readWriteTimeout,
                pty,
                transferMethod,
                value,
                disableAgentForwarding);
    }

    public SshSettings withKeepAliveInterval(Duration value) {
        return new SshSettings(
                target,
                bastion,
                timeout,
                handshakeAttempts,
                value,
                readWriteTimeout,
                pty,
                transferMethod,
                pauseBeforeConnecting,
                disableAgentForwarding);
    }

    public SshSettings withReadWriteTimeout(Duration value) {
        return new SshSettings(
                target,
                bastion,
                timeout,
                handshakeAttempts,
                keepAliveInterval,
                value,
                pty,
                transferMethod,
                pauseBeforeConnecting,
                disableAgentForwarding);
    }
}
