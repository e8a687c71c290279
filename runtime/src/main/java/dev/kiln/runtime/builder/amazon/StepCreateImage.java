package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.builder.amazon.RunJournal.Kind;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.StandardKeys;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.CreateImageRequest;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.ResourceType;

/**
 * Packer's {@code stepCreateAMI}: {@code CreateImage} from the stopped instance (with
 * {@code ami_block_device_mappings}), records the AMI, waits until it is available and records its
 * snapshots. If the build fails or is cancelled afterwards (or during the wait), cleanup deregisters
 * the AMI and deletes its snapshots: a failed build leaves no partial image.
 */
final class StepCreateImage implements Step {

    private final ConfigView config;
    private boolean started;

    StepCreateImage(ConfigView config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "StepCreateAMI";
    }

    @Override
    public StepResult run(BuildState state) throws InterruptedException {
        AmazonSession session = state.require(AmazonSession.KEY);
        if (config.isTrue("skip_create_ami")) {
            state.ui().say("Skipping AMI creation...");
            return StepResult.proceed();
        }
        String instanceId = state.require(EbsState.INSTANCE).instanceId();
        String name = session.amiName();
        state.ui().say("Creating AMI " + name + " from instance " + instanceId);
        CreateImageRequest.Builder request = CreateImageRequest.builder()
                .instanceId(instanceId)
                .name(name)
                // Only the image can be tagged here: the snapshots are tagged once they exist (moto refuses snapshot
                // specs).
                .tagSpecifications(session.tagSpecification(ResourceType.IMAGE, Map.of()));
        config.nonEmptyString("ami_description").ifPresent(request::description);
        List<BlockDeviceMapping> mappings = BlockDevices.of(config, "ami_block_device_mappings");
        if (!mappings.isEmpty()) request.blockDeviceMappings(mappings);
        Ec2Client ec2 = session.ec2();
        String imageId;
        // Until the call answers, the AMI is known only by its name: a kill in between still finds it.
        session.journal().created(Kind.IMAGE_NAME, session.region(), name);
        started = true;
        try {
            imageId = ec2.createImage(request.build()).imageId();
        } catch (RuntimeException e) {
            return StepResult.halt("Error creating AMI: " + Ec2Errors.describe("CreateImage", e));
        }
        session.journal().created(Kind.IMAGE, session.region(), imageId);
        session.journal().deleted(Kind.IMAGE_NAME, session.region(), name);
        Map<String, String> byRegion = new LinkedHashMap<>(Map.of(session.region(), imageId));
        state.put(EbsState.AMIS, new EbsState.Amis(byRegion, Map.of()));
        state.ui().output("AMI: " + imageId);
        Polling.Outcome<Image> outcome = session.polling()
                .await(
                        state,
                        "Waiting for AMI to become ready...",
                        ImageWait.AVAILABLE_BOUND,
                        () -> ImageWait.poll(ec2, imageId));
        if (outcome instanceof Polling.Outcome.Failed<Image> failed) {
            return StepResult.halt("Error waiting for AMI: " + failed.error());
        }
        List<String> snapshots = ImageWait.snapshots(((Polling.Outcome.Reached<Image>) outcome).value());
        for (String snapshot : snapshots) session.journal().created(Kind.SNAPSHOT, session.region(), snapshot);
        state.put(EbsState.AMIS, new EbsState.Amis(byRegion, Map.of(imageId, snapshots)));
        return StepResult.proceed();
    }

    @Override
    public void cleanup(BuildState state) {
        if (!(state.cancelled() || state.get(StandardKeys.ERROR).isPresent())) return;
        AmazonSession session = state.require(AmazonSession.KEY);
        if (started && state.get(EbsState.AMIS).isEmpty()) {
            // The call may have created the AMI without answering (Ctrl-C, a timeout): find it by name.
            session.deletions(session.region())
                    .deleteImagesNamed(session.amiName(), java.util.Set.of())
                    .forEach(e -> state.ui().error("Error deleting AMI " + session.amiName() + ": " + e));
        }
        state.get(EbsState.AMIS).ifPresent(amis -> {
            String imageId = amis.byRegion().get(session.region());
            if (imageId == null) return;
            state.ui()
                    .say(
                            "Deregistering the AMI and deleting associated snapshots because of cancellation, or error...");
            session.deletions(session.region())
                    .deleteImage(imageId, amis.snapshots().getOrDefault(imageId, List.of()))
                    .forEach(e ->
                            state.ui().error("Error deleting AMI " + imageId + ", please delete it manually: " + e));
        });
    }
}
