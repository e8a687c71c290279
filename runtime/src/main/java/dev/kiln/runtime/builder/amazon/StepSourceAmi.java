package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.aws.AmiFilter;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.Image;

/** Packer's {@code StepSourceAMIInfo}: finds the source AMI by {@code source_ami} or {@code source_ami_filter}. */
final class StepSourceAmi implements Step {

    private final ConfigView config;

    StepSourceAmi(ConfigView config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "StepSourceAMIInfo";
    }

    @Override
    public StepResult run(BuildState state) {
        AmazonSession session = state.require(AmazonSession.KEY);
        Optional<String> id = config.nonEmptyString("source_ami");
        List<? extends ConfigView> filterBlocks = config.blocks("source_ami_filter");
        Image image;
        try {
            if (id.isPresent()) {
                List<Image> images =
                        session.ec2().describeImages(r -> r.imageIds(id.get())).images();
                if (images.isEmpty()) return StepResult.halt("No AMI was found matching source_ami: " + id.get());
                image = images.get(0);
            } else {
                AmiFilter filter = AmiFilter.of(filterBlocks.get(0));
                AmiFilter.Choice choice = filter.choose(
                        session.ec2().describeImages(filter.request()).images());
                if (choice instanceof AmiFilter.Choice.Failed failed) {
                    return StepResult.halt("source_ami_filter: " + failed.message());
                }
                image = ((AmiFilter.Choice.Found) choice).image();
            }
        } catch (RuntimeException e) {
            return StepResult.halt("Error querying AMI: " + Ec2Errors.describe("DescribeImages", e));
        }
        state.ui().output("Found Image ID: " + image.imageId());
        if (image.rootDeviceType() != null && !"ebs".equals(image.rootDeviceTypeAsString())) {
            return StepResult.halt("The root device of the source AMI must be EBS-backed.");
        }
        state.put(EbsState.SOURCE_IMAGE, image);
        return StepResult.proceed();
    }
}
