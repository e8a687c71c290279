package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.builder.amazon.RunJournal.Kind;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.StandardKeys;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.CopyImageRequest;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.ResourceType;

/**
 * Packer's {@code StepAMIRegionCopy}: copies the AMI to every {@code ami_regions} region (the build
 * region left out, duplicates once), encrypted with {@code region_kms_key_ids} / {@code kms_key_id}
 * when {@code encrypt_boot}, and waits for all copies. A failed or interrupted build deletes the
 * copies made so far, with their snapshots.
 */
final class StepCopyImages implements Step {

    private final ConfigView config;
    private final Map<String, String> copies = new LinkedHashMap<>();
    private final Map<String, List<String>> copySnapshots = new LinkedHashMap<>();
    private final List<String> started = new ArrayList<>();

    StepCopyImages(ConfigView config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "StepAMIRegionCopy";
    }

    @Override
    public StepResult run(BuildState state) throws InterruptedException {
        AmazonSession session = state.require(AmazonSession.KEY);
        EbsState.Amis amis = state.get(EbsState.AMIS).orElse(null);
        if (amis == null) return StepResult.proceed();
        String source = amis.byRegion().get(session.region());
        List<String> regions = new ArrayList<>();
        for (String r : EbsOptions.strings(config, "ami_regions")) {
            if (!r.equals(session.region()) && !regions.contains(r)) regions.add(r);
        }
        if (regions.isEmpty()) return StepResult.proceed();
        state.ui().say("Copying/Encrypting AMI (" + source + ") to other regions...");
        Map<String, String> kmsKeys = EbsOptions.stringMap(config, "region_kms_key_ids");
        String name = session.amiName();
        for (String region : regions) {
            state.ui().output("Copying to: " + region);
            CopyImageRequest.Builder request = CopyImageRequest.builder()
                    .sourceImageId(source)
                    .sourceRegion(session.region())
                    .name(name)
                    .tagSpecifications(session.tagSpecification(ResourceType.IMAGE, Map.of()));
            config.nonEmptyString("ami_description").ifPresent(request::description);
            if (config.isTrue("encrypt_boot")) {
                request.encrypted(true);
                String key = kmsKeys.getOrDefault(
                        region, config.nonEmptyString("kms_key_id").orElse(""));
                if (!key.isEmpty()) request.kmsKeyId(key);
            }
            String copy;
            session.journal().created(Kind.IMAGE_NAME, region, name);
            started.add(region);
            try {
                copy = session.ec2(region).copyImage(request.build()).imageId();
            } catch (RuntimeException e) {
                return StepResult.halt("Error Copying AMI (" + source + ") to region (" + region + "): "
                        + Ec2Errors.describe("CopyImage", e));
            }
            session.journal().created(Kind.IMAGE, region, copy);
            session.journal().deleted(Kind.IMAGE_NAME, region, name);
            copies.put(region, copy);
        }
        state.ui().output("Waiting for all copies to complete...");
        for (Map.Entry<String, String> c : copies.entrySet()) {
            String region = c.getKey();
            String id = c.getValue();
            Polling.Outcome<Image> outcome = session.polling()
                    .await(
                            state,
                            "Waiting for AMI (" + id + ") in region (" + region + ") to become ready...",
                            ImageWait.AVAILABLE_BOUND,
                            () -> ImageWait.poll(session.ec2(region), id));
            if (outcome instanceof Polling.Outcome.Failed<Image> failed) {
                return StepResult.halt(
                        "Error waiting for AMI (" + id + ") in region (" + region + "): " + failed.error());
            }
            List<String> snapshots = ImageWait.snapshots(((Polling.Outcome.Reached<Image>) outcome).value());
            for (String s : snapshots) session.journal().created(Kind.SNAPSHOT, region, s);
            copySnapshots.put(id, snapshots);
        }
        Map<String, String> byRegion = new LinkedHashMap<>(amis.byRegion());
        byRegion.putAll(copies);
        Map<String, List<String>> snapshots = new LinkedHashMap<>(amis.snapshots());
        snapshots.putAll(copySnapshots);
        state.put(EbsState.AMIS, new EbsState.Amis(byRegion, snapshots));
        return StepResult.proceed();
    }

    @Override
    public void cleanup(BuildState state) {
        if (started.isEmpty()
                || !(state.cancelled() || state.get(StandardKeys.ERROR).isPresent())) return;
        AmazonSession session = state.require(AmazonSession.KEY);
        for (String region : started) {
            if (copies.containsKey(region)) continue;
            // The copy call may have made the AMI without answering (Ctrl-C, a timeout): find it by name.
            session.deletions(region)
                    .deleteImagesNamed(session.amiName(), java.util.Set.of())
                    .forEach(e -> state.ui().error("Error deleting the AMI copy in " + region + ": " + e));
        }
        copies.forEach((region, id) -> {
            state.ui()
                    .say("Deregistering the AMI copy " + id + " in " + region
                            + " because of cancellation, or error...");
            session.deletions(region)
                    .deleteImage(id, copySnapshots.getOrDefault(id, List.of()))
                    .forEach(e -> state.ui().error("Error deleting AMI " + id + " in " + region + ": " + e));
        });
    }
}
