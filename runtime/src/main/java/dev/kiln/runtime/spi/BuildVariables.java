package dev.kiln.runtime.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code build.*} values of one build ({@code ID}, {@code Host}, {@code Port}, {@code User},
 * {@code Password}, {@code SSHPrivateKey}, {@code SSHPublicKey}, {@code PackerRunUUID}, {@code name},
 * {@code type}, and builder-specific keys). Immutable: a step that learns a value puts a new
 * instance into the state with {@link #with}.
 */
public record BuildVariables(Map<String, String> values) {

    /** Standard key names, as Packer's {@code BuilderDataCommonKeys}. */
    public static final String ID = "ID",
            HOST = "Host",
            PORT = "Port",
            USER = "User",
            PASSWORD = "Password",
            CONN_TYPE = "ConnType",
            SSH_PRIVATE_KEY = "SSHPrivateKey",
            SSH_PUBLIC_KEY = "SSHPublicKey",
            RUN_UUID = "PackerRunUUID",
            NAME = "name",
            TYPE = "type";

    public BuildVariables {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The variables a build starts with: its name, builder type and the run's UUID. */
    public static BuildVariables initial(String buildName, String builderType, String runUuid) {
        return new BuildVariables(Map.of())
                .with(NAME, buildName)
                .with(TYPE, builderType)
                .with(RUN_UUID, runUuid);
    }

    /** A copy with {@code key} set to {@code value}. */
    public BuildVariables with(String key, String value) {
        LinkedHashMap<String, String> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new BuildVariables(copy);
    }

    /** The value of {@code key}, if set. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }
}
