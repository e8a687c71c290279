package dev.kiln.runtime.builder.amazon;

import dev.kiln.runtime.aws.AwsAccess;
import dev.kiln.runtime.aws.Ec2Clients;
import dev.kiln.runtime.spi.StateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * What every amazon-ebs step of one build shares: the EC2 clients (one per region, built once), the
 * build region, the run id every created resource is tagged with, the run journal, the polling and
 * the AMI name, rendered once ({@code {{timestamp}}}) so every step and region sees the same name.
 */
record AmazonSession(
        Ec2Clients clients,
        AwsAccess access,
        String region,
        String runId,
        RunJournal journal,
        Polling polling,
        String amiName) {

    /** The tag every resource kiln creates carries: {@code kill -9} leaves nothing {@code kiln cleanup} cannot find. */
    static final String RUN_ID_TAG = "kiln:run-id";

    /** Set on an AMI and its snapshots once the build made them its result; cleanup by tag leaves those alone. */
    static final String COMPLETE_TAG = "kiln:build-complete";

    static final StateKey<AmazonSession> KEY = StateKey.of("amazon_session", AmazonSession.class);

    /** The client of the build region. */
    Ec2Client ec2() {
        return ec2(region);
    }

    /** The client of {@code regionName}. */
    Ec2Client ec2(String regionName) {
        return clients.client(access.inRegion(regionName));
    }

    /** Deletions in {@code regionName}, recorded in the journal. */
    Ec2Deletions deletions(String regionName) {
        return new Ec2Deletions(ec2(regionName), regionName, Optional.of(journal), polling);
    }

    /** A tag specification of {@code type} with {@code tags} and the run id. */
    TagSpecification tagSpecification(ResourceType type, Map<String, String> tags) {
        return TagSpecification.builder().resourceType(type).tags(tags(tags)).build();
    }

    /** {@code tags} as EC2 tags, plus the run id. */
    List<Tag> tags(Map<String, String> tags) {
        List<Tag> list = new ArrayList<>();
        tags.forEach((k, v) -> list.add(Tag.builder().key(k).value(v).build()));
        list.add(Tag.builder().key(RUN_ID_TAG).value(runId).build());
        return list;
    }
}
