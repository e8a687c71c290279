package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Image;

/**
 * Packer's {@code StepDeregisterAMI}: with {@code force_deregister} (or {@code -force}), deregisters
 * the account's AMIs named {@code ami_name} in the build region and every {@code ami_regions} copy
 * region, and with {@code force_delete_snapshot} deletes their snapshots.
 */
final class StepDeregisterAmi implements Step {

    private final ConfigView config;
    private final boolean force;

    StepDeregisterAmi(ConfigView config, boolean force) {
        this.config = config;
        this.force = force;
    }

    @Override
    public String name() {
        return "StepDeregisterAMI";
    }

    @Override
    public StepResult run(BuildState state) {
        if (!(force || config.isTrue("force_deregister")) || config.isTrue("skip_create_ami"))
            return StepResult.proceed();
        AmazonSession session = state.require(AmazonSession.KEY);
        String name = session.amiName();
        List<String> regions = new ArrayList<>(List.of(session.region()));
        for (String r : EbsOptions.strings(config, "ami_regions")) if (!regions.contains(r)) regions.add(r);
        for (String region : regions) {
            Ec2Client ec2 = session.ec2(region);
            try {
                List<Image> images = ec2.describeImages(r -> r.owners("self")
                                .filters(Filter.builder()
                                        .name("name")
                                        .values(name)
                                        .build()))
                        .images();
                for (Image image : images) {
                    ec2.deregisterImage(r -> r.imageId(image.imageId()));
                    state.ui().say("Deregistered AMI id: " + image.imageId());
                    if (!config.isTrue("force_delete_snapshot")) continue;
                    for (BlockDeviceMapping m : image.blockDeviceMappings()) {
                        if (m.ebs() == null || m.ebs().snapshotId() == null) continue;
                        ec2.deleteSnapshot(r -> r.snapshotId(m.ebs().snapshotId()));
                        state.ui().say("Deleted snapshot: " + m.ebs().snapshotId());
                    }
                }
            } catch (RuntimeException e) {
                return StepResult.halt("Error deregistering existing AMI: " + Ec2Errors.describe("DeregisterImage", e));
            }
        }
        return StepResult.proceed();
    }
}
