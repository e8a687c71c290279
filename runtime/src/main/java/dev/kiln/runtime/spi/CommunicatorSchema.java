package dev.kiln.runtime.spi;

import static dev.kiln.compiler.schema.AttributeSchema.bool;
import static dev.kiln.compiler.schema.AttributeSchema.duration;
import static dev.kiln.compiler.schema.AttributeSchema.number;
import static dev.kiln.compiler.schema.AttributeSchema.string;
import static dev.kiln.compiler.schema.AttributeSchema.stringList;

import dev.kiln.compiler.schema.AttributeSchema;
import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.ConfigRules;
import dev.kiln.compiler.schema.RuleViolation;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;
import java.util.List;
import java.util.Set;

/** The communicator options every builder that connects to its machine shares (packer-plugin-sdk {@code communicator.Config}). */
public final class CommunicatorSchema {

    private CommunicatorSchema() {}

    /** The options and their rules; builders include them in their own schema. */
    public static final BlockSchema SCHEMA = BlockSchema.builder("How kiln connects to the machine being built.")
            .attribute(string("communicator", "ssh (default), winrm or none.").withDefault(Value.string("ssh")))
            .attribute(duration("pause_before_connecting", "Duration to wait before the first connection attempt."))
            .attribute(string("ssh_host", "Address to connect to; found by the builder when unset."))
            .attribute(number("ssh_port", "SSH port.").withDefault(Value.number(22)))
            .attribute(string("ssh_username", "User to connect as (required for SSH)."))
            .attribute(string("ssh_password", "Password for the SSH user.").asSensitive())
            .attribute(string("ssh_keypair_name", "Existing key pair to launch the machine with."))
            .attribute(string("temporary_key_pair_name", "Name of the temporary key pair."))
            .attribute(string("temporary_key_pair_type", "rsa (default) or ed25519.")
                    .withDefault(Value.string("rsa")))
            .attribute(number("temporary_key_pair_bits", "Size of a temporary RSA key."))
            .attribute(bool("ssh_agent_auth", "Authenticate with the local SSH agent."))
            .attribute(string("ssh_private_key_file", "Private key file to authenticate with."))
            .attribute(string("ssh_certificate_file", "Signed certificate for the private key."))
            .attribute(bool("ssh_pty", "Request a pseudo terminal."))
            .attribute(duration("ssh_timeout", "How long to wait for SSH to become available.")
                    .withDefault(Value.string("5m")))
            .attribute(duration("ssh_wait_timeout", "Deprecated alias of ssh_timeout."))
            .attribute(number("ssh_handshake_attempts", "Handshake attempts before giving up.")
                    .withDefault(Value.number(10)))
            .attribute(bool("ssh_disable_agent_forwarding", "Do not forward the local SSH agent."))
            .attribute(bool("ssh_clear_authorized_keys", "Remove the temporary key from authorized_keys at the end."))
            .attribute(stringList("ssh_ciphers", "Allowed ciphers."))
            .attribute(stringList("ssh_key_exchange_algorithms", "Allowed key exchange algorithms."))
            .attribute(duration("ssh_keep_alive_interval", "Interval between keep-alive messages.")
                    .withDefault(Value.string("5s")))
            .attribute(duration(
                            "ssh_read_write_timeout",
                            "Longest silence of the host before the connection fails (0: none).")
                    .withDefault(Value.string("0")))
            .attribute(
                    string("ssh_file_transfer_method", "scp (default) or sftp.").withDefault(Value.string("scp")))
            .attribute(string("ssh_bastion_host", "Bastion host to connect through."))
            .attribute(number("ssh_bastion_port", "Bastion port.").withDefault(Value.number(22)))
            .attribute(string("ssh_bastion_username", "Bastion user."))
            .attribute(string("ssh_bastion_password", "Bastion password.").asSensitive())
            .attribute(string("ssh_bastion_private_key_file", "Bastion private key file."))
            .attribute(string("ssh_bastion_certificate_file", "Bastion certificate file."))
            .attribute(bool("ssh_bastion_agent_auth", "Authenticate to the bastion with the SSH agent."))
            .attribute(bool("ssh_bastion_interactive", "Use keyboard-interactive authentication on the bastion."))
            .attribute(string("ssh_proxy_host", "SOCKS proxy host."))
            .attribute(number("ssh_proxy_port", "SOCKS proxy port.").withDefault(Value.number(1080)))
            .attribute(string("ssh_proxy_username", "SOCKS proxy user."))
            .attribute(string("ssh_proxy_password", "SOCKS proxy password.").asSensitive())
            .attribute(stringList("ssh_remote_tunnels", "Remote port forwardings."))
            .attribute(stringList("ssh_local_tunnels", "Local port forwardings."))
            .attribute(
                    AttributeSchema.optional("ssh_public_key", Type.list(Type.NUMBER), "Internal: public key bytes."))
            .attribute(
                    AttributeSchema.optional("ssh_private_key", Type.list(Type.NUMBER), "Internal: private key bytes.")
                            .asSensitive())
            .attribute(string("winrm_username", "WinRM user."))
            .attribute(string("winrm_password", "WinRM password.").asSensitive())
            .attribute(string("winrm_host", "WinRM address; found by the builder when unset."))
            .attribute(number("winrm_port", "WinRM port (5985, or 5986 with SSL)."))
            .attribute(duration("winrm_timeout", "How long to wait for WinRM to become available."))
            .attribute(bool("winrm_use_ssl", "Use HTTPS."))
            .attribute(bool("winrm_insecure", "Skip certificate verification."))
            .attribute(bool("winrm_use_ntlm", "Use NTLM authentication."))
            .attribute(bool("winrm_no_proxy", "Bypass any HTTP proxy."))
            .rule(ConfigRules.oneOf(
                    "communicator",
                    Set.of("ssh", "winrm", "none", "docker", "dockerWindowsContainer"),
                    "Unknown communicator type %s"))
            .rule(config -> isSsh(config) && !config.isNonZero("ssh_username")
                    ? List.of(RuleViolation.error(
                            null,
                            "An ssh_username must be specified\n  Note: some builders used to"
                                    + " default ssh_username to \"root\"."))
                    : List.of())
            .rule(ConfigRules.oneOf(
                    "temporary_key_pair_type",
                    Set.of("rsa", "ed25519"),
                    "temporary_key_pair_type requires either rsa or ed25519 as its value"))
            .rule(ConfigRules.oneOf(
                    "ssh_file_transfer_method",
                    Set.of("scp", "sftp"),
                    "SSH file transfer method must be either 'sftp' or 'scp'"))
            .rule(
                    ConfigRules.errorWhen(
                            "ssh_private_key_file",
                            c -> c.isNonZero("ssh_keypair_name")
                                    && !c.isNonZero("ssh_private_key_file")
                                    && !c.isTrue("ssh_agent_auth")
                                    && isSsh(c),
                            "ssh_private_key_file must be provided or ssh_agent_auth enabled when ssh_keypair_name is specified."))
            .rule(ConfigRules.errorWhen(
                    "communicator",
                    c -> c.string("communicator").orElse("").equals("winrm") && !c.isNonZero("winrm_username"),
                    "winrm_username must be specified."))
            .rule(LocalFiles.mustExist(
                    CommunicatorSchema::isSsh,
                    LocalFiles::expandHome,
                    (path, error) -> "ssh_private_key_file is invalid: " + error,
                    "ssh_private_key_file"))
            .rule(ConfigRules.deprecated("ssh_wait_timeout", "ssh_wait_timeout is deprecated: use ssh_timeout."))
            .build();

    /**
     * Whether the communicator is ssh (the default when unset). False while its value is unknown
     * (from a variable or data source only the build knows), so ssh rules do not fire on a guess.
     */
    public static boolean isSsh(dev.kiln.compiler.schema.ConfigView config) {
        if (config.isSet("communicator") && !config.value("communicator").isKnown()) return false;
        return config.string("communicator").orElse("ssh").equals("ssh");
    }
}
