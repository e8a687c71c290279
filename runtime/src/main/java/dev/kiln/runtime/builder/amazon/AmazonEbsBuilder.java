package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.Builder;
import dev.kiln.runtime.spi.BuilderConfig;
import dev.kiln.runtime.spi.CommunicatorFactory;
import dev.kiln.runtime.spi.StandardKeys;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code amazon-ebs} builder: launches an instance from a source AMI, provisions it, stops it and
 * makes an AMI of it, in Packer's step order (builder/ebs/builder.go), every step with its cleanup.
 * Every resource it creates carries the tag {@code kiln:run-id} and is recorded in the run journal
 * under {@code .kiln/runs/} of the working directory, for {@code kiln cleanup}.
 */
public final class AmazonEbsBuilder implements Builder {

    private final Function<String, Optional<CommunicatorFactory>> communicators;
    private final Path workingDirectory;
    private final Map<String, String> environment;

    /** A builder finding communicators through {@code communicators}, journaling under {@code workingDirectory}. */
    public AmazonEbsBuilder(
            Function<String, Optional<CommunicatorFactory>> communicators,
            Path workingDirectory,
            Map<String, String> environment) {
        this.communicators = communicators;
        this.workingDirectory = workingDirectory;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String type() {
        return "amazon-ebs";
    }

    @Override
    public List<Step> steps(BuilderConfig builderConfig) {
        ConfigView config = builderConfig.config();
        String communicator = config.string("communicator").orElse("ssh");
        List<Step> steps = new ArrayList<>();
        steps.add(new StepRefuseUnsupported(config));
        steps.add(new StepOpenSession(config, RunJournal.directory(workingDirectory), environment));
        steps.add(new StepPreValidate(config, builderConfig.force()));
        steps.add(new StepSourceAmi(config));
        steps.add(new StepNetwork(config, new SecureRandom()));
        steps.add(new StepKeyPair(config));
        steps.add(new StepSecurityGroup(config));
        steps.add(new StepRunInstance(config));
        steps.add(new StepConnectInstance(config, communicator, communicators.apply(communicator)));
        steps.add(builderConfig.provisioning());
        steps.add(new StepStopInstance(config));
        steps.add(new StepDeregisterAmi(config, builderConfig.force()));
        steps.add(new StepCreateImage(config));
        steps.add(new StepCopyImages(config));
        steps.add(new StepModifyAmiAttributes(config));
        steps.add(new StepCreateTags(config));
        steps.add(new CreateArtifact());
        return steps;
    }

    /** Leaves the AMIs for the engine. */
    private static final class CreateArtifact implements Step {
        @Override
        public String name() {
            return "StepCreateArtifact";
        }

        @Override
        public StepResult run(BuildState state) {
            AmazonSession session = state.require(AmazonSession.KEY);
            state.get(EbsState.AMIS)
                    .ifPresent(amis -> state.put(
                            StandardKeys.ARTIFACT,
                            new AmiArtifact(amis.byRegion(), amis.snapshots(), session.access())));
            return StepResult.proceed();
        }
    }
}
