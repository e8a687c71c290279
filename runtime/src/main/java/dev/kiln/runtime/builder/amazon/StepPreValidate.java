package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Image;

/**
 * Packer's {@code StepPreValidate}: the {@code ami_regions} exist (unless {@code skip_region_validation})
 * and no AMI of the account already has {@code ami_name} (unless {@code force_deregister}, {@code -force}
 * or {@code skip_create_ami}), so a build does not fail after an hour of provisioning.
 */
final class StepPreValidate implements Step {

    private final ConfigView config;
    private final boolean force;

    StepPreValidate(ConfigView config, boolean force) {
        this.config = config;
        this.force = force;
    }

    @Override
    public String name() {
        return "StepPreValidate";
    }

    @Override
    public StepResult run(BuildState state) {
        AmazonSession session = state.require(AmazonSession.KEY);
        List<String> copies = EbsOptions.strings(config, "ami_regions");
        if (!copies.isEmpty() && !config.isTrue("skip_region_validation")) {
            Set<String> known;
            try {
                known = session.ec2().describeRegions(r -> r.allRegions(true)).regions().stream()
                        .map(r -> r.regionName())
                        .collect(Collectors.toSet());
            } catch (RuntimeException e) {
                return StepResult.halt("Error validating the regions: " + Ec2Errors.describe("DescribeRegions", e));
            }
            List<String> unknown = new ArrayList<>(
                    copies.stream().filter(r -> !known.contains(r)).toList());
            if (!unknown.isEmpty()) {
                return StepResult.halt("Invalid region(s) in ami_regions: " + String.join(", ", unknown)
                        + "; set skip_region_validation = true for a region this endpoint does not list");
            }
        }
        if (force || config.isTrue("force_deregister") || config.isTrue("skip_create_ami")) {
            state.ui().say("Force Deregister flag found, skipping prevalidating AMI Name");
            return StepResult.proceed();
        }
        String amiName = session.amiName();
        state.ui().say("Prevalidating AMI Name: " + amiName);
        List<Image> existing;
        try {
            existing = session.ec2()
                    .describeImages(r -> r.owners("self")
                            .filters(Filter.builder()
                                    .name("name")
                                    .values(amiName)
                                    .build()))
                    .images();
        } catch (RuntimeException e) {
            return StepResult.halt("Error querying AMI: " + Ec2Errors.describe("DescribeImages", e));
        }
        if (!existing.isEmpty()) {
            return StepResult.halt("Error: AMI Name: '" + amiName + "' is used by an existing AMI: "
                    + existing.get(0).imageId());
        }
        return StepResult.proceed();
    }
}
