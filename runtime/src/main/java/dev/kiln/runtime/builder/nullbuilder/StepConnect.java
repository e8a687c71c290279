package dev.kiln.runtime.builder.nullbuilder;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.BuildVariables;
import dev.kiln.runtime.spi.Communicator;
import dev.kiln.runtime.spi.CommunicatorFactory;
import dev.kiln.runtime.spi.StandardKeys;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Connects to the configured host with the communicator, publishes the connection's
 * {@code build.*} values (Host, Port, User, Password, ConnType, SSH keys) and closes the
 * connection on cleanup. Shared by builders that connect to a host they already know.
 */
public final class StepConnect implements Step {

    private final String type;
    private final ConfigView config;
    private final Optional<CommunicatorFactory> factory;

    /** Connects with the communicator {@code type} configured by {@code config}. */
    public StepConnect(String type, ConfigView config, Optional<CommunicatorFactory> factory) {
        this.type = type;
        this.config = config;
        this.factory = factory;
    }

    @Override
    public String name() {
        return "StepConnect";
    }

    @Override
    public StepResult run(BuildState state) throws InterruptedException {
        String host = config.string(type + "_host").orElse("");
        BuildVariables vars = state.get(StandardKeys.BUILD_VARIABLES).orElse(new BuildVariables(Map.of()));
        vars = vars.with(BuildVariables.HOST, host)
                .with(
                        BuildVariables.PORT,
                        config.number(type + "_port")
                                .map(n -> n.toBigInteger().toString())
                                .orElse(""))
                .with(BuildVariables.USER, config.string(type + "_username").orElse(""))
                .with(BuildVariables.PASSWORD, config.string(type + "_password").orElse(""))
                .with(BuildVariables.CONN_TYPE, type)
                .with(
                        BuildVariables.SSH_PUBLIC_KEY,
                        config.string("ssh_public_key").orElse(""));
        try {
            vars = vars.with(BuildVariables.SSH_PRIVATE_KEY, privateKey());
        } catch (IOException e) {
            return StepResult.halt("Error reading private key file: " + e.getMessage());
        }
        state.put(StandardKeys.BUILD_VARIABLES, vars);
        if (factory.isEmpty()) {
            return StepResult.halt("The " + type + " communicator is not available in this kiln build.");
        }
        state.ui().say("Using " + label() + " communicator to connect: " + host);
        // The communicator reports "Waiting for SSH to become available..." and "Connected to SSH!" itself.
        try {
            Communicator communicator = factory.get().connect(config, host, state);
            state.put(StandardKeys.COMMUNICATOR, communicator);
        } catch (IOException e) {
            return StepResult.halt("Error waiting for " + label() + ": " + e.getMessage());
        }
        return StepResult.proceed();
    }

    private String privateKey() throws IOException {
        Optional<String> inline = config.nonEmptyString("ssh_private_key");
        if (inline.isPresent()) return inline.get();
        Optional<String> file = config.nonEmptyString("ssh_private_key_file");
        return file.isPresent() ? Files.readString(Path.of(file.get())) : "";
    }

    private String label() {
        return type.toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public void cleanup(BuildState state) {
        state.get(StandardKeys.COMMUNICATOR).ifPresent(c -> {
            try {
                c.close();
            } catch (IOException e) {
                state.ui().error("Error closing the " + label() + " connection: " + e.getMessage());
            }
            state.remove(StandardKeys.COMMUNICATOR);
        });
    }
}
