package dev.kiln.runtime.builder.nullbuilder;

import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.BuildVariables;
import dev.kiln.runtime.spi.Builder;
import dev.kiln.runtime.spi.BuilderConfig;
import dev.kiln.runtime.spi.CommunicatorFactory;
import dev.kiln.runtime.spi.StandardKeys;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code null} builder: creates nothing. With {@code communicator = "none"} it only runs the
 * provisioners (local ones such as shell-local); with {@code ssh} it first connects to
 * {@code ssh_host}, so provisioners run on an existing machine.
 */
public final class NullBuilder implements Builder {

    private final Function<String, Optional<CommunicatorFactory>> communicators;

    /** A null builder finding communicators by type name through {@code communicators}. */
    public NullBuilder(Function<String, Optional<CommunicatorFactory>> communicators) {
        this.communicators = communicators;
    }

    @Override
    public String type() {
        return "null";
    }

    @Override
    public List<Step> steps(BuilderConfig config) {
        List<Step> steps = new ArrayList<>();
        steps.add(new SetInstanceId());
        String communicator = config.config().string("communicator").orElse("ssh");
        if (!communicator.equals("none")) {
            steps.add(new StepConnect(communicator, config.config(), communicators.apply(communicator)));
        }
        steps.add(config.provisioning());
        steps.add(new CreateArtifact());
        return steps;
    }

    /** Packer's null builder puts {@code instance_id = "Null"}, which provisioners see as {@code build.ID}. */
    private static final class SetInstanceId implements Step {
        @Override
        public String name() {
            return "StepSetInstanceId";
        }

        @Override
        public StepResult run(BuildState state) {
            BuildVariables vars =
                    state.get(StandardKeys.BUILD_VARIABLES).orElse(new BuildVariables(java.util.Map.of()));
            state.put(StandardKeys.BUILD_VARIABLES, vars.with(BuildVariables.ID, "Null"));
            return StepResult.proceed();
        }
    }

    /** Leaves the (empty) artifact for the engine. */
    private static final class CreateArtifact implements Step {
        @Override
        public String name() {
            return "StepCreateArtifact";
        }

        @Override
        public StepResult run(BuildState state) {
            state.put(StandardKeys.ARTIFACT, new NullArtifact());
            return StepResult.proceed();
        }
    }
}
