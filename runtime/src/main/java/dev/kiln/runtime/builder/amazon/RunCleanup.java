package dev.kiln.runtime.builder.amazon;

import dev.kiln.runtime.aws.AwsAccess;
import dev.kiln.runtime.aws.Ec2Clients;
import dev.kiln.runtime.builder.amazon.RunJournal.Kind;
import dev.kiln.runtime.builder.amazon.RunJournal.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * Finds and deletes what a run left behind: the resources its journal lists as still there, and
 * everything tagged {@code kiln:run-id} with its id that is not a finished AMI (so a run killed
 * between a create call and its journal entry, or whose journal is gone, leaves nothing either).
 * Used by {@code kiln cleanup} and by a failed or interrupted build's last cleanup.
 */
public final class RunCleanup implements AutoCloseable {

    /** One resource to delete, and whether the journal or only its tag knew it. */
    public record Target(Kind kind, String region, String id, boolean fromJournal) {}

    private final Ec2Clients clients;
    private final boolean ownClients;
    private final AwsAccess access;
    private final Optional<RunJournal> journal;
    private final String runId;
    private final Polling polling;

    private RunCleanup(
            Ec2Clients clients,
            boolean ownClients,
            AwsAccess access,
            Optional<RunJournal> journal,
            String runId,
            Polling polling) {
        this.clients = clients;
        this.ownClients = ownClients;
        this.access = access;
        this.journal = journal;
        this.runId = runId;
        this.polling = polling;
    }

    /**
     * The cleanup of run {@code runId} for {@code kiln cleanup}: EC2 reached with the SDK's default
     * chain and the journal's endpoint and profile (the endpoint may be overridden with {@code endpoint}).
     */
    public static RunCleanup of(String runId, Optional<RunJournal> journal, Optional<String> endpoint) {
        String ep = endpoint.orElse(journal.map(j -> j.header().endpoint())
                .filter(s -> !s.isEmpty())
                .orElse(null));
        String profile =
                journal.map(j -> j.header().profile()).filter(s -> !s.isEmpty()).orElse(null);
        AwsAccess access = new AwsAccess(null, null, null, null, profile, null, ep, false, null, null);
        return new RunCleanup(
                new Ec2Clients(), true, access, journal, runId, new Polling(Optional.empty(), Optional.empty()));
    }

    /** The cleanup a build runs itself, with the build's clients. */
    static RunCleanup of(AmazonSession session) {
        return new RunCleanup(
                session.clients(),
                false,
                session.access(),
                Optional.of(session.journal()),
                session.runId(),
                session.polling());
    }

    /**
     * What is left in {@code regions} plus the journal's regions (with neither, the SDK's default
     * region), in the order it is deleted.
     */
    public List<Target> find(Set<String> regions) {
        Set<String> allRegions = new LinkedHashSet<>(regions);
        List<Target> targets = new ArrayList<>();
        Set<String> kept = new LinkedHashSet<>();
        journal.ifPresent(j -> {
            for (Resource r : j.resources()) {
                allRegions.add(r.region());
                if (r.left()) targets.add(new Target(r.kind(), r.region(), r.id(), true));
                else kept.add(r.region() + "/" + r.id());
            }
        });
        if (allRegions.isEmpty())
            allRegions.add(new DefaultAwsRegionProviderChain().getRegion().id());
        for (String region : allRegions) {
            for (Target t : tagged(region)) {
                boolean known = kept.contains(t.region() + "/" + t.id())
                        || targets.stream().anyMatch(x -> x.region().equals(t.region()) && x.id().equals(t.id()));
                if (!known) targets.add(t);
            }
        }
        targets.sort(Comparator.comparing(Target::kind));
        return targets;
    }

    /** Deletes {@code targets}; each line of progress goes to {@code say}. Returns the errors. */
    public List<String> delete(List<Target> targets, Consumer<String> say) throws InterruptedException {
        List<String> errors = new ArrayList<>();
        for (Target t : targets) {
            say.accept("Deleting " + t.kind().label() + " " + t.id() + " in " + t.region() + "...");
            Ec2Deletions deletions = new Ec2Deletions(ec2(t.region()), t.region(), journal, polling);
            switch (t.kind()) {
                case INSTANCE -> deletions.terminateInstance(t.id()).ifPresent(errors::add);
                case IMAGE -> errors.addAll(deletions.deleteImage(t.id(), List.of()));
                case IMAGE_NAME -> errors.addAll(deletions.deleteImagesNamed(t.id(), keptImages(t.region())));
                case SNAPSHOT -> deletions.deleteSnapshot(t.id()).ifPresent(errors::add);
                case VOLUME -> deletions.deleteVolume(t.id()).ifPresent(errors::add);
                case SECURITY_GROUP -> deletions.deleteSecurityGroup(t.id()).ifPresent(errors::add);
                case KEY_PAIR -> deletions.deleteKeyPair(t.id()).ifPresent(errors::add);
            }
        }
        return errors;
    }

    /** The AMIs of {@code region} the journal keeps as results: never deleted by name. */
    private Set<String> keptImages(String region) {
        Set<String> kept = new LinkedHashSet<>();
        journal.ifPresent(j -> j.resources().stream()
                .filter(r -> r.kind() == Kind.IMAGE && r.region().equals(region) && r.state() == RunJournal.State.KEPT)
                .forEach(r -> kept.add(r.id())));
        return kept;
    }

    private Ec2Client ec2(String region) {
        return clients.client(access.inRegion(region));
    }

    /** Everything in {@code region} tagged with the run id that is not a finished AMI or its snapshot. */
    private List<Target> tagged(String region) {
        Ec2Client ec2 = ec2(region);
        Filter byRun = Filter.builder()
                .name("tag:" + AmazonSession.RUN_ID_TAG)
                .values(runId)
                .build();
        List<Target> found = new ArrayList<>();
        ec2.describeInstances(r -> r.filters(byRun))
                .reservations()
                .forEach(res -> res.instances().forEach(i -> {
                    if (!"terminated".equals(i.state().nameAsString()))
                        found.add(new Target(Kind.INSTANCE, region, i.instanceId(), false));
                }));
        ec2.describeImages(r -> r.owners("self").filters(byRun)).images().forEach(i -> {
            if (!complete(i.tags())) found.add(new Target(Kind.IMAGE, region, i.imageId(), false));
        });
        ec2.describeSnapshots(r -> r.ownerIds("self").filters(byRun))
                .snapshots()
                .forEach(s -> {
                    if (!complete(s.tags())) found.add(new Target(Kind.SNAPSHOT, region, s.snapshotId(), false));
                });
        ec2.describeVolumes(r -> r.filters(byRun))
                .volumes()
                .forEach(v -> found.add(new Target(Kind.VOLUME, region, v.volumeId(), false)));
        ec2.describeSecurityGroups(r -> r.filters(byRun))
                .securityGroups()
                .forEach(g -> found.add(new Target(Kind.SECURITY_GROUP, region, g.groupId(), false)));
        ec2.describeKeyPairs(r -> r.filters(byRun))
                .keyPairs()
                .forEach(k -> found.add(new Target(Kind.KEY_PAIR, region, k.keyName(), false)));
        return found;
    }

    private static boolean complete(List<Tag> tags) {
        return tags.stream().anyMatch(t -> AmazonSession.COMPLETE_TAG.equals(t.key()));
    }

    /** Tags as a map, for messages. */
    static Map<String, String> asMap(List<Tag> tags) {
        Map<String, String> map = new java.util.TreeMap<>();
        tags.forEach(t -> map.put(t.key(), t.value()));
        return map;
    }

    @Override
    public void close() {
        if (ownClients) clients.close();
    }
}
