package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.builder.nullbuilder.StepConnect;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.BuildVariables;
import dev.kiln.runtime.spi.CommunicatorFactory;
import dev.kiln.runtime.spi.StandardKeys;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import dev.kiln.stdlib.value.Value;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.Instance;

/**
 * Packer's {@code StepSetGeneratedData} and {@code communicator.StepConnect} for an instance: the
 * {@code build.*} values (ID, SourceAMI, BuildRegion ...), then the host to connect to
 * ({@code ssh_host}, else by {@code ssh_interface}, else the public IP, else the private IP) and a
 * connection with the key pair's private key, through the shared {@link StepConnect}.
 */
final class StepConnectInstance implements Step {

    private final ConfigView config;
    private final String communicator;
    private final Optional<CommunicatorFactory> factory;
    private StepConnect connect;

    StepConnectInstance(ConfigView config, String communicator, Optional<CommunicatorFactory> factory) {
        this.config = config;
        this.communicator = communicator;
        this.factory = factory;
    }

    @Override
    public String name() {
        return "StepConnect";
    }

    @Override
    public StepResult run(BuildState state) throws InterruptedException {
        Instance instance = state.require(EbsState.INSTANCE);
        BuildVariables vars = state.get(StandardKeys.BUILD_VARIABLES)
                .orElse(new BuildVariables(Map.of()))
                .with(BuildVariables.ID, instance.instanceId());
        for (Map.Entry<String, String> e : GeneratedData.of(state).entrySet())
            vars = vars.with(e.getKey(), e.getValue());
        state.put(StandardKeys.BUILD_VARIABLES, vars);
        if (communicator.equals("none")) return StepResult.proceed();
        Map<String, Value> overrides = new HashMap<>();
        Optional<String> host = config.nonEmptyString(communicator + "_host").or(() -> host(instance));
        if (host.isEmpty()) return StepResult.halt("Couldn't determine address for instance " + instance.instanceId());
        overrides.put(communicator + "_host", Value.string(host.get()));
        state.require(EbsState.KEY_PAIR)
                .privateKeyFile()
                .ifPresent(file -> overrides.put("ssh_private_key_file", Value.string(file.toString())));
        connect = new StepConnect(communicator, new OverriddenConfig(config, overrides), factory);
        return connect.run(state);
    }

    private Optional<String> host(Instance instance) {
        String iface = config.string("ssh_interface").orElse("");
        String value = switch (iface) {
            case "public_ip" -> instance.publicIpAddress();
            case "private_ip" -> instance.privateIpAddress();
            case "public_dns" -> instance.publicDnsName();
            case "private_dns" -> instance.privateDnsName();
            case "ipv6" -> instance.ipv6Address();
            default ->
                present(instance.publicIpAddress())
                        ? instance.publicIpAddress()
                        : present(instance.privateIpAddress()) ? instance.privateIpAddress() : instance.publicDnsName();
        };
        return Optional.ofNullable(value).filter(StepConnectInstance::present);
    }

    private static boolean present(String s) {
        return s != null && !s.isEmpty();
    }

    @Override
    public void cleanup(BuildState state) {
        if (connect != null) connect.cleanup(state);
    }
}
