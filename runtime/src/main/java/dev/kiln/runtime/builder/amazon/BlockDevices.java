package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.ConfigView;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.EbsBlockDevice;

/** {@code launch_block_device_mappings} and {@code ami_block_device_mappings} as EC2 mappings, as Packer's {@code BlockDevice.BuildEC2BlockDeviceMapping}. */
final class BlockDevices {

    private BlockDevices() {}

    /** The mappings of the blocks of type {@code blockType}. */
    static List<BlockDeviceMapping> of(ConfigView config, String blockType) {
        List<BlockDeviceMapping> mappings = new ArrayList<>();
        for (ConfigView b : config.blocks(blockType)) {
            BlockDeviceMapping.Builder mapping = BlockDeviceMapping.builder()
                    .deviceName(b.string("device_name").orElse(""));
            if (b.isTrue("no_device")) {
                mappings.add(mapping.noDevice("").build());
                continue;
            }
            if (b.nonEmptyString("virtual_name")
                    .filter(v -> v.startsWith("ephemeral"))
                    .isPresent()) {
                mappings.add(mapping.virtualName(b.string("virtual_name").get()).build());
                continue;
            }
            EbsBlockDevice.Builder ebs =
                    EbsBlockDevice.builder().deleteOnTermination(b.isTrue("delete_on_termination"));
            b.nonEmptyString("volume_type").ifPresent(ebs::volumeType);
            b.number("volume_size").filter(n -> n.signum() > 0).ifPresent(n -> ebs.volumeSize(n.intValue()));
            b.number("iops").filter(n -> n.signum() > 0).ifPresent(n -> ebs.iops(n.intValue()));
            b.number("throughput").filter(n -> n.signum() > 0).ifPresent(n -> ebs.throughput(n.intValue()));
            b.nonEmptyString("snapshot_id").ifPresent(ebs::snapshotId);
            b.bool("encrypted").ifPresent(ebs::encrypted);
            b.nonEmptyString("kms_key_id").ifPresent(ebs::kmsKeyId);
            mappings.add(mapping.ebs(ebs.build()).build());
        }
        return mappings;
    }

    /** The device names declared, whose volumes follow their own {@code delete_on_termination}. */
    static List<String> deviceNames(ConfigView config, String blockType) {
        return config.blocks(blockType).stream()
                .map(b -> b.string("device_name").orElse(""))
                .toList();
    }
}
