package dev.kiln.runtime.builder.amazon;

import dev.kiln.runtime.builder.amazon.RunJournal.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

/**
 * Deletes what amazon-ebs creates, in one region, and marks it deleted in the run journal: the
 * builder's cleanups and {@code kiln cleanup} both go through here. A resource that is already
 * gone counts as deleted. Waits ignore the build's cancellation: cleanup must finish.
 */
final class Ec2Deletions {

    /** How long a terminating instance may take (Packer's waiter: 40 polls, 15 s apart). */
    static final Duration TERMINATE_BOUND = Duration.ofMinutes(10);

    private static final int SECURITY_GROUP_TRIES = 5;
    private static final Duration SECURITY_GROUP_RETRY = Duration.ofSeconds(5);

    private final Ec2Client ec2;
    private final String region;
    private final Optional<RunJournal> journal;
    private final Polling polling;

    Ec2Deletions(Ec2Client ec2, String region, Optional<RunJournal> journal, Polling polling) {
        this.ec2 = ec2;
        this.region = region;
        this.journal = journal;
        this.polling = polling;
    }

    /** Terminates the instance and waits until it is terminated; empty on success, else the error. */
    Optional<String> terminateInstance(String id) throws InterruptedException {
        try {
            ec2.terminateInstances(r -> r.instanceIds(id));
        } catch (RuntimeException e) {
            if (!Ec2Errors.notFound(e)) return Optional.of(Ec2Errors.describe("TerminateInstances", e));
            gone(Kind.INSTANCE, id);
            return Optional.empty();
        }
        Polling.Outcome<Instance> outcome = polling.await(() -> false, TERMINATE_BOUND, () -> {
            try {
                List<Instance> found = ec2.describeInstances(r -> r.instanceIds(id)).reservations().stream()
                        .flatMap(res -> res.instances().stream())
                        .toList();
                if (found.isEmpty()) return new Polling.Poll.Done<>(null);
                Instance instance = found.get(0);
                return instance.state().name() == InstanceStateName.TERMINATED
                        ? new Polling.Poll.Done<>(instance)
                        : new Polling.Poll.NotYet<>(instance.state().nameAsString());
            } catch (RuntimeException e) {
                if (Ec2Errors.notFound(e)) return new Polling.Poll.Done<>(null);
                return new Polling.Poll.NotYet<>(Ec2Errors.describe("DescribeInstances", e));
            }
        });
        if (outcome instanceof Polling.Outcome.Failed<Instance> failed) {
            return Optional.of("Error waiting for instance (" + id + ") to terminate: " + failed.error());
        }
        gone(Kind.INSTANCE, id);
        return Optional.empty();
    }

    /** Deletes the key pair named {@code name}. */
    Optional<String> deleteKeyPair(String name) {
        try {
            ec2.deleteKeyPair(r -> r.keyName(name));
        } catch (RuntimeException e) {
            if (!Ec2Errors.notFound(e)) return Optional.of(Ec2Errors.describe("DeleteKeyPair", e));
        }
        gone(Kind.KEY_PAIR, name);
        return Optional.empty();
    }

    /** Deletes the security group, retrying while EC2 still sees it in use (the instance just terminated). */
    Optional<String> deleteSecurityGroup(String id) throws InterruptedException {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= SECURITY_GROUP_TRIES; attempt++) {
            try {
                ec2.deleteSecurityGroup(r -> r.groupId(id));
                gone(Kind.SECURITY_GROUP, id);
                return Optional.empty();
            } catch (RuntimeException e) {
                if (Ec2Errors.notFound(e)) {
                    gone(Kind.SECURITY_GROUP, id);
                    return Optional.empty();
                }
                last = e;
            }
            if (attempt < SECURITY_GROUP_TRIES) Thread.sleep(SECURITY_GROUP_RETRY.toMillis());
        }
        return Optional.of(Ec2Errors.describe("DeleteSecurityGroup", last));
    }

    /** Deregisters the image and deletes its EBS snapshots (those EC2 still lists, and {@code knownSnapshots}). */
    List<String> deleteImage(String imageId, List<String> knownSnapshots) {
        List<String> errors = new ArrayList<>();
        List<String> snapshots = new ArrayList<>(knownSnapshots);
        try {
            for (Image image : ec2.describeImages(r -> r.imageIds(imageId)).images()) {
                for (BlockDeviceMapping m : image.blockDeviceMappings()) {
                    if (m.ebs() != null
                            && m.ebs().snapshotId() != null
                            && !snapshots.contains(m.ebs().snapshotId())) {
                        snapshots.add(m.ebs().snapshotId());
                    }
                }
            }
            ec2.deregisterImage(r -> r.imageId(imageId));
            gone(Kind.IMAGE, imageId);
        } catch (RuntimeException e) {
            if (Ec2Errors.notFound(e)) {
                gone(Kind.IMAGE, imageId);
            } else {
                errors.add(Ec2Errors.describe("DeregisterImage", e));
            }
        }
        for (String snapshot : snapshots) deleteSnapshot(snapshot).ifPresent(errors::add);
        return errors;
    }

    /** Deletes the account's AMIs named {@code name} except {@code keep}, with their snapshots (an AMI whose id was never returned). */
    List<String> deleteImagesNamed(String name, java.util.Set<String> keep) {
        List<String> errors = new ArrayList<>();
        try {
            for (Image image : ec2.describeImages(
                            r -> r.owners("self").filters(f -> f.name("name").values(name)))
                    .images()) {
                if (!keep.contains(image.imageId())) errors.addAll(deleteImage(image.imageId(), List.of()));
            }
            gone(Kind.IMAGE_NAME, name);
        } catch (RuntimeException e) {
            errors.add(Ec2Errors.describe("DescribeImages", e));
        }
        return errors;
    }

    /** Deletes the snapshot. */
    Optional<String> deleteSnapshot(String id) {
        try {
            ec2.deleteSnapshot(r -> r.snapshotId(id));
        } catch (RuntimeException e) {
            if (!Ec2Errors.notFound(e)) return Optional.of(Ec2Errors.describe("DeleteSnapshot", e));
        }
        gone(Kind.SNAPSHOT, id);
        return Optional.empty();
    }

    /** Deletes the volume (one left {@code available} after its instance terminated). */
    Optional<String> deleteVolume(String id) {
        try {
            ec2.deleteVolume(r -> r.volumeId(id));
        } catch (RuntimeException e) {
            if (!Ec2Errors.notFound(e)) return Optional.of(Ec2Errors.describe("DeleteVolume", e));
        }
        gone(Kind.VOLUME, id);
        return Optional.empty();
    }

    /** Marks a resource that turned out to be gone already. */
    void gone(Kind kind, String id) {
        journal.ifPresent(j -> j.deleted(kind, region, id));
    }
}
