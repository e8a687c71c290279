package dev.kiln.runtime.builder.amazon;

import dev.kiln.runtime.spi.StateKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.Instance;

/** What the amazon-ebs steps hand each other through the build state. */
final class EbsState {

    private EbsState() {}

    /** The source AMI the instance starts from. */
    static final StateKey<Image> SOURCE_IMAGE = StateKey.of("amazon_source_image", Image.class);

    /** Where the instance runs: the VPC, subnet and availability zone, each empty when EC2 chooses. */
    record Network(Optional<String> vpcId, Optional<String> subnetId, Optional<String> availabilityZone) {}

    static final StateKey<Network> NETWORK = StateKey.of("amazon_network", Network.class);

    /** The key pair the instance is launched with ({@code name} empty: none) and the private key file to log in with. */
    record KeyPair(Optional<String> name, Optional<Path> privateKeyFile) {}

    static final StateKey<KeyPair> KEY_PAIR = StateKey.of("amazon_key_pair", KeyPair.class);

    /** The security groups of the instance (empty: the VPC's default). */
    record SecurityGroups(List<String> ids) {}

    static final StateKey<SecurityGroups> SECURITY_GROUPS = StateKey.of("amazon_security_groups", SecurityGroups.class);

    /** The source instance, as last described. */
    static final StateKey<Instance> INSTANCE = StateKey.of("amazon_instance", Instance.class);

    /** The AMIs made so far: region to image id, and each image's snapshots. */
    record Amis(Map<String, String> byRegion, Map<String, List<String>> snapshots) {}

    static final StateKey<Amis> AMIS = StateKey.of("amazon_amis", Amis.class);
}
