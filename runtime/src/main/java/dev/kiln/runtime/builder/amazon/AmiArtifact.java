package dev.kiln.runtime.builder.amazon;

import dev.kiln.runtime.aws.AwsAccess;
import dev.kiln.runtime.aws.Ec2Clients;
import dev.kiln.runtime.spi.Artifact;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The amazon-ebs artifact, as Packer's {@code awscommon.Artifact}: one AMI per region; its id is
 * {@code region:ami-id} pairs in region order, joined by commas; {@link #destroy()} deregisters the
 * AMIs and deletes their snapshots.
 */
public final class AmiArtifact implements Artifact {

    /** Packer's amazon-ebs builder id. */
    public static final String BUILDER_ID = "mitchellh.amazonebs";

    private final Map<String, String> amis;
    private final Map<String, List<String>> snapshots;
    private final AwsAccess access;

    AmiArtifact(Map<String, String> amis, Map<String, List<String>> snapshots, AwsAccess access) {
        this.amis = new TreeMap<>(amis);
        this.snapshots = Map.copyOf(snapshots);
        this.access = access;
    }

    /** Region to AMI id. */
    public Map<String, String> amis() {
        return amis;
    }

    @Override
    public String builderId() {
        return BUILDER_ID;
    }

    @Override
    public List<Path> files() {
        return List.of();
    }

    @Override
    public String id() {
        return amis.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(","));
    }

    @Override
    public String description() {
        return "AMIs were created:\n"
                + amis.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue() + "\n")
                        .collect(Collectors.joining());
    }

    @Override
    public Map<String, String> state() {
        return Map.of();
    }

    @Override
    public void destroy() throws IOException {
        List<String> errors = new java.util.ArrayList<>();
        try (Ec2Clients clients = new Ec2Clients()) {
            amis.forEach((region, id) -> errors.addAll(new Ec2Deletions(
                            clients.client(access.inRegion(region)),
                            region,
                            Optional.empty(),
                            new Polling(Optional.empty(), Optional.empty()))
                    .deleteImage(id, snapshots.getOrDefault(id, List.of()))));
        }
        if (!errors.isEmpty()) throw new IOException("Error deleting AMIs: " + String.join("; ", errors));
    }

    @Override
    public String toString() {
        return description();
    }
}
