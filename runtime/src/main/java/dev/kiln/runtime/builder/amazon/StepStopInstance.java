package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.time.Duration;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

/**
 * Packer's {@code StepStopEBSBackedInstance}: stops the instance (unless {@code disable_stop_instance},
 * when a provisioner stops it) and waits until it is stopped, so the image is consistent.
 */
final class StepStopInstance implements Step {

    /** Packer's bound for a stop: 10 minutes. */
    static final Duration STOPPED_BOUND = Duration.ofMinutes(10);

    private final ConfigView config;

    StepStopInstance(ConfigView config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "StepStopEBSBackedInstance";
    }

    @Override
    public StepResult run(BuildState state) throws InterruptedException {
        AmazonSession session = state.require(AmazonSession.KEY);
        String id = state.require(EbsState.INSTANCE).instanceId();
        Ec2Client ec2 = session.ec2();
        if (!config.isTrue("disable_stop_instance")) {
            state.ui().say("Stopping the source instance...");
            try {
                ec2.stopInstances(r -> r.instanceIds(id));
            } catch (RuntimeException e) {
                return StepResult.halt("Error stopping instance: " + Ec2Errors.describe("StopInstances", e));
            }
        } else {
            state.ui().say("Automatic instance stop disabled. Please stop instance manually.");
        }
        Polling.Outcome<Instance> outcome = session.polling()
                .await(state, "Waiting for the instance to stop...", STOPPED_BOUND, () -> {
                    try {
                        Instance i = ec2.describeInstances(r -> r.instanceIds(id))
                                .reservations()
                                .get(0)
                                .instances()
                                .get(0);
                        if (i.state().name() == InstanceStateName.STOPPED) return new Polling.Poll.Done<>(i);
                        if (i.state().name() == InstanceStateName.TERMINATED) {
                            return new Polling.Poll.Failed<>("instance terminated");
                        }
                        return new Polling.Poll.NotYet<>(i.state().nameAsString());
                    } catch (RuntimeException e) {
                        return new Polling.Poll.NotYet<>(Ec2Errors.describe("DescribeInstances", e));
                    }
                });
        if (outcome instanceof Polling.Outcome.Failed<Instance> failed) {
            return StepResult.halt("Error waiting for instance to stop: " + failed.error());
        }
        return StepResult.proceed();
    }
}
