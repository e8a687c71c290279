package dev.kiln.runtime.builder.amazon;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.ImageState;

/** Polls an AMI until it is {@code available}; a {@code failed} image ends the wait with EC2's reason. */
final class ImageWait {

    /** How long an image may take to become available (Packer's AMI waiter allows about as long). */
    static final Duration AVAILABLE_BOUND = Duration.ofMinutes(60);

    private ImageWait() {}

    static Polling.Poll<Image> poll(Ec2Client ec2, String imageId) {
        try {
            List<Image> images = ec2.describeImages(r -> r.imageIds(imageId)).images();
            if (images.isEmpty()) return new Polling.Poll.NotYet<>("not visible yet");
            Image image = images.get(0);
            if (image.state() == ImageState.AVAILABLE) return new Polling.Poll.Done<>(image);
            if (image.state() == ImageState.FAILED
                    || image.state() == ImageState.ERROR
                    || image.state() == ImageState.DEREGISTERED) {
                String reason = image.stateReason() == null
                        ? ""
                        : ": " + image.stateReason().message();
                return new Polling.Poll.Failed<>("image is " + image.stateAsString() + reason);
            }
            return new Polling.Poll.NotYet<>(image.stateAsString());
        } catch (RuntimeException e) {
            if (Ec2Errors.notFound(e)) return new Polling.Poll.NotYet<>("not visible yet");
            return new Polling.Poll.NotYet<>(Ec2Errors.describe("DescribeImages", e));
        }
    }

    /** The EBS snapshots of {@code image}. */
    static List<String> snapshots(Image image) {
        List<String> ids = new ArrayList<>();
        for (BlockDeviceMapping m : image.blockDeviceMappings()) {
            if (m.ebs() != null && m.ebs().snapshotId() != null) ids.add(m.ebs().snapshotId());
        }
        return ids;
    }
}
