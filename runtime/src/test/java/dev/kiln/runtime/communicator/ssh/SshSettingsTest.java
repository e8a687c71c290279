package dev.kiln.runtime.communicator.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.go.GoDuration;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SshSettingsTest {

    /** A config holding just {@code values}; anything else is unset. */
    private static ConfigView config(Map<String, Value> values) {
        return new ConfigView() {
            @Override
            public boolean isSet(String name) {
                return values.containsKey(name);
            }

            @Override
            public Value value(String name) {
                return values.getOrDefault(name, Value.nullOf(Type.STRING));
            }

            @Override
            public List<? extends ConfigView> blocks(String type) {
                return List.of();
            }

            @Override
            public SourceRange rangeOf(String name) {
                return null;
            }

            @Override
            public SourceRange definitionRange() {
                return null;
            }
        };
    }

    @Test
    void defaultsFollowPacker() {
        SshSettings s = SshSettings.from(config(Map.of("ssh_username", Value.string("ubuntu"))), "10.0.0.5");
        assertEquals(SshEndpoint.of("10.0.0.5", 22, "ubuntu"), s.target());
        assertEquals(Duration.ofMinutes(5), s.timeout());
        assertEquals(10, s.handshakeAttempts());
        assertEquals(Duration.ofSeconds(5), s.keepAliveInterval());
        assertEquals(TransferMethod.SCP, s.transferMethod(), "Packer's default, written once in CommunicatorSchema");
        assertTrue(s.bastion().isEmpty());
    }

    @Test
    void readsEveryOption() {
        SshSettings s = SshSettings.from(
                config(Map.ofEntries(
                        Map.entry("ssh_host", Value.string("192.0.2.1")),
                        Map.entry("ssh_port", Value.number(2222)),
                        Map.entry("ssh_username", Value.string("admin")),
                        Map.entry("ssh_password", Value.string("pw")),
                        Map.entry("ssh_private_key_file", Value.string("/k")),
                        Map.entry("ssh_agent_auth", Value.bool(true)),
                        Map.entry("ssh_timeout", Value.string("1h30m")),
                        Map.entry("ssh_handshake_attempts", Value.number(3)),
                        Map.entry("ssh_keep_alive_interval", Value.string("500ms")),
                        Map.entry("ssh_read_write_timeout", Value.string("2m")),
                        Map.entry("ssh_pty", Value.bool(true)),
                        Map.entry("ssh_file_transfer_method", Value.string("sftp")),
                        Map.entry("pause_before_connecting", Value.string("10s")),
                        Map.entry("ssh_disable_agent_forwarding", Value.bool(true)),
                        Map.entry("ssh_bastion_host", Value.string("bastion")),
                        Map.entry("ssh_bastion_port", Value.number(22)),
                        Map.entry("ssh_bastion_private_key_file", Value.string("/b")))),
                "ignored");
        assertEquals(
                new SshEndpoint("192.0.2.1", 2222, "admin", Optional.of("pw"), Optional.of(Path.of("/k")), true),
                s.target());
        assertEquals(Duration.ofMinutes(90), s.timeout());
        assertEquals(3, s.handshakeAttempts());
        assertEquals(Duration.ofMillis(500), s.keepAliveInterval());
        assertEquals(Duration.ofMinutes(2), s.readWriteTimeout());
        assertTrue(s.pty());
        assertEquals(TransferMethod.SFTP, s.transferMethod());
        assertEquals(1, s.keepAliveSeconds(), "sshj counts whole seconds: a sub-second interval is one, not off");
        assertEquals(Duration.ofSeconds(10), s.pauseBeforeConnecting());
        assertTrue(s.disableAgentForwarding());
        // The bastion user defaults to ssh_username.
        assertEquals(
                SshEndpoint.of("bastion", 22, "admin").withPrivateKeyFile(Path.of("/b")),
                s.bastion().orElseThrow());
    }

    @Test
    void passwordNeverShowsInToString() {
        SshEndpoint e = SshEndpoint.of("h", 22, "u").withPassword("hunter2");
        assertFalse(e.toString().contains("hunter2"), e.toString());
        assertEquals("u@h:22 (password)", e.toString());
    }

    @Test
    void badDurationNamesTheOption() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> SshSettings.from(
                        config(Map.of("ssh_username", Value.string("u"), "ssh_timeout", Value.string("5 minutes"))),
                        "h"));
        assertEquals("ssh_timeout: time: unknown unit \" minutes\" in duration \"5 minutes\"", e.getMessage());
        assertEquals(Duration.ofMillis(1500), GoDuration.parse("1.5s"));
    }
}
