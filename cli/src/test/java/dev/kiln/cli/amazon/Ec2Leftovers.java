package dev.kiln.cli.amazon;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Image;

/** Counts, through the EC2 API, what builds left in moto: instances, key pairs, groups, volumes, images, snapshots. */
final class Ec2Leftovers {

    private final URI endpoint;

    Ec2Leftovers(URI endpoint) {
        this.endpoint = endpoint;
    }

    Ec2Client client(String region) {
        return Ec2Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .build();
    }

    /** Every temporary resource still there in {@code regions}: instances not terminated, key pairs, non-default groups, volumes. */
    List<String> temporary(String... regions) {
        List<String> left = new ArrayList<>();
        for (String region : regions) {
            try (Ec2Client ec2 = client(region)) {
                ec2.describeInstances()
                        .reservations()
                        .forEach(r -> r.instances().forEach(i -> {
                            if (!i.state().nameAsString().equals("terminated"))
                                left.add(region + " instance " + i.instanceId());
                        }));
                ec2.describeKeyPairs().keyPairs().forEach(k -> left.add(region + " key-pair " + k.keyName()));
                ec2.describeSecurityGroups().securityGroups().forEach(g -> {
                    if (!g.groupName().equals("default")) left.add(region + " security-group " + g.groupId());
                });
                ec2.describeVolumes().volumes().forEach(v -> left.add(region + " volume " + v.volumeId()));
            }
        }
        return left;
    }

    /** The account's own images named {@code name} in {@code region}. */
    List<Image> images(String region, String name) {
        try (Ec2Client ec2 = client(region)) {
            return ec2.describeImages(
                            r -> r.owners("self").filters(f -> f.name("name").values(name)))
                    .images();
        }
    }

    /** The account's own images and snapshots in {@code regions}, as "region kind id". */
    List<String> imagesAndSnapshots(String... regions) {
        List<String> found = new ArrayList<>();
        for (String region : regions) {
            try (Ec2Client ec2 = client(region)) {
                ec2.describeImages(r -> r.owners("self"))
                        .images()
                        .forEach(i -> found.add(region + " image " + i.imageId()));
                ec2.describeSnapshots(r -> r.ownerIds("self"))
                        .snapshots()
                        .forEach(s -> found.add(region + " snapshot " + s.snapshotId()));
            }
        }
        return found;
    }
}
