package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.builder.amazon.RunJournal.Kind;
import dev.kiln.runtime.plugin.GoTemplate;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterfaceSpecification;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.Placement;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeState;

/**
 * Packer's {@code StepRunSourceInstance} and {@code StepCleanupVolumes}: launches the source instance
 * ({@code RunInstances} with the image, type, key pair, groups, subnet, user data, block devices,
 * metadata options, tags ...), records it, and waits until it runs. Cleanup terminates it, waits
 * until it is gone, then deletes the volumes it left {@code available} that the template did not
 * declare (declared ones follow their {@code delete_on_termination}).
 */
final class StepRunInstance implements Step {

    /** Packer's waiter bound for a new instance: 40 polls, 15 s apart. */
    static final Duration RUNNING_BOUND = Duration.ofMinutes(10);

    private final ConfigView config;
    private String instanceId;
    /** The instance's EBS volumes: id to device name. */
    private final Map<String, String> volumes = new LinkedHashMap<>();

    StepRunInstance(ConfigView config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "StepRunSourceInstance";
    }

    @Override
    public StepResult run(BuildState state) throws InterruptedException {
        AmazonSession session = state.require(AmazonSession.KEY);
        RunInstancesRequest request;
        try {
            request = request(state, session);
        } catch (GoTemplate.TemplateException e) {
            return StepResult.halt("Error rendering run_tags or run_volume_tags: " + e.getMessage());
        } catch (IOException e) {
            return StepResult.halt("Problem reading user data file: " + e.getMessage());
        }
        state.ui().say("Launching a source AWS instance...");
        Ec2Client ec2 = session.ec2();
        try {
            instanceId = ec2.runInstances(request).instances().get(0).instanceId();
        } catch (RuntimeException e) {
            return StepResult.halt("Error launching source instance: " + Ec2Errors.describe("RunInstances", e));
        }
        session.journal().created(Kind.INSTANCE, session.region(), instanceId);
        state.ui().output("Instance ID: " + instanceId);
        Polling.Outcome<Instance> outcome = session.polling()
                .await(
                        state,
                        "Waiting for instance (" + instanceId + ") to become ready...",
                        RUNNING_BOUND,
                        () -> poll(ec2));
        if (outcome instanceof Polling.Outcome.Failed<Instance> failed) {
            return StepResult.halt(
                    "Error waiting for instance (" + instanceId + ") to become ready: " + failed.error());
        }
        Instance instance = ((Polling.Outcome.Reached<Instance>) outcome).value();
        for (InstanceBlockDeviceMapping m : instance.blockDeviceMappings()) {
            if (m.ebs() != null && m.ebs().volumeId() != null) {
                volumes.put(m.ebs().volumeId(), m.deviceName());
                session.journal().created(Kind.VOLUME, session.region(), m.ebs().volumeId());
            }
        }
        if (notEmpty(instance.publicDnsName())) state.ui().output("Public DNS: " + instance.publicDnsName());
        if (notEmpty(instance.publicIpAddress())) state.ui().output("Public IP: " + instance.publicIpAddress());
        if (notEmpty(instance.privateIpAddress())) state.ui().output("Private IP: " + instance.privateIpAddress());
        state.put(EbsState.INSTANCE, instance);
        return StepResult.proceed();
    }

    private Polling.Poll<Instance> poll(Ec2Client ec2) {
        Instance instance;
        try {
            instance = ec2.describeInstances(r -> r.instanceIds(instanceId))
                    .reservations()
                    .get(0)
                    .instances()
                    .get(0);
        } catch (RuntimeException e) {
            // A new instance may not be visible yet (eventual consistency).
            if (Ec2Errors.notFound(e)) return new Polling.Poll.NotYet<>("not visible yet");
            return new Polling.Poll.NotYet<>(Ec2Errors.describe("DescribeInstances", e));
        }
        InstanceStateName name = instance.state().name();
        if (name == InstanceStateName.RUNNING) return new Polling.Poll.Done<>(instance);
        if (name == InstanceStateName.PENDING) return new Polling.Poll.NotYet<>("pending");
        String reason = instance.stateReason() == null
                ? ""
                : ": " + instance.stateReason().message();
        return new Polling.Poll.Failed<>("instance is " + instance.state().nameAsString() + reason);
    }

    private RunInstancesRequest request(BuildState state, AmazonSession session)
            throws GoTemplate.TemplateException, IOException {
        Map<String, String> data = GeneratedData.of(state);
        Map<String, String> runTags = new LinkedHashMap<>();
        runTags.put("Name", "Packer Builder");
        runTags.putAll(GeneratedData.tags(config, "run_tags", "run_tag", data));
        Map<String, String> volumeTags = GeneratedData.tags(config, "run_volume_tags", "run_volume_tag", data);
        EbsState.Network network = state.require(EbsState.NETWORK);
        EbsState.KeyPair keyPair = state.require(EbsState.KEY_PAIR);
        List<String> groups = state.require(EbsState.SECURITY_GROUPS).ids();
        List<TagSpecification> tags = List.of(
                session.tagSpecification(ResourceType.INSTANCE, runTags),
                session.tagSpecification(ResourceType.VOLUME, volumeTags));
        RunInstancesRequest.Builder r = RunInstancesRequest.builder()
                .imageId(state.require(EbsState.SOURCE_IMAGE).imageId())
                .instanceType(config.string("instance_type").orElse(""))
                .minCount(1)
                .maxCount(1)
                .tagSpecifications(tags);
        keyPair.name().ifPresent(r::keyName);
        userData().ifPresent(r::userData);
        List<BlockDeviceMapping> devices = BlockDevices.of(config, "launch_block_device_mappings");
        if (!devices.isEmpty()) r.blockDeviceMappings(devices);
        config.nonEmptyString("iam_instance_profile").ifPresent(p -> r.iamInstanceProfile(i -> i.name(p)));
        if (config.isTrue("ebs_optimized")) r.ebsOptimized(true);
        if (config.isTrue("enable_unlimited_credits") || config.isTrue("enable_t2_unlimited")) {
            r.creditSpecification(c -> c.cpuCredits("unlimited"));
        }
        config.nonEmptyString("shutdown_behavior").ifPresent(r::instanceInitiatedShutdownBehavior);
        metadataOptions(r);
        r.placement(placement(network));
        Optional<Boolean> publicIp = config.bool("associate_public_ip_address");
        if (publicIp.isPresent()) {
            InstanceNetworkInterfaceSpecification.Builder nic = InstanceNetworkInterfaceSpecification.builder()
                    .deviceIndex(0)
                    .associatePublicIpAddress(publicIp.get())
                    .deleteOnTermination(true);
            network.subnetId().ifPresent(nic::subnetId);
            if (!groups.isEmpty()) nic.groups(groups);
            r.networkInterfaces(nic.build());
        } else {
            network.subnetId().ifPresent(r::subnetId);
            if (!groups.isEmpty()) r.securityGroupIds(groups);
        }
        return r.build();
    }

    private Placement placement(EbsState.Network network) {
        Placement.Builder p = Placement.builder();
        network.availabilityZone().filter(z -> network.subnetId().isEmpty()).ifPresent(p::availabilityZone);
        Optional<String> tenancy = config.nonEmptyString("tenancy");
        List<? extends ConfigView> placement = config.blocks("placement");
        if (!placement.isEmpty()) {
            ConfigView block = placement.get(0);
            if (tenancy.isEmpty()) tenancy = block.nonEmptyString("tenancy");
            block.nonEmptyString("host_id").ifPresent(p::hostId);
            block.nonEmptyString("host_resource_group_arn").ifPresent(p::hostResourceGroupArn);
        }
        tenancy.ifPresent(p::tenancy);
        return p.build();
    }

    private void metadataOptions(RunInstancesRequest.Builder r) {
        List<? extends ConfigView> blocks = config.blocks("metadata_options");
        if (blocks.isEmpty()) return;
        ConfigView m = blocks.get(0);
        r.metadataOptions(o -> {
            m.nonEmptyString("http_endpoint").ifPresent(o::httpEndpoint);
            m.nonEmptyString("http_tokens").ifPresent(o::httpTokens);
            m.number("http_put_response_hop_limit")
                    .filter(n -> n.signum() > 0)
                    .ifPresent(n -> o.httpPutResponseHopLimit(n.intValue()));
            m.nonEmptyString("instance_metadata_tags").ifPresent(o::instanceMetadataTags);
        });
    }

    private Optional<String> userData() throws IOException {
        Optional<String> inline = config.nonEmptyString("user_data");
        Optional<String> file = config.nonEmptyString("user_data_file");
        if (file.isPresent()) {
            return Optional.of(Base64.getEncoder().encodeToString(Files.readAllBytes(Path.of(file.get()))));
        }
        // Packer sends user_data as written when it is already base64, else encodes it.
        return inline.map(text -> isBase64(text)
                ? text
                : Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static boolean isBase64(String text) {
        try {
            Base64.getDecoder().decode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void cleanup(BuildState state) {
        if (instanceId == null) return;
        AmazonSession session = state.require(AmazonSession.KEY);
        Ec2Deletions deletions = session.deletions(session.region());
        state.ui().say("Terminating the source AWS instance...");
        try {
            Optional<String> error = deletions.terminateInstance(instanceId);
            if (error.isPresent()) {
                state.ui().error("Error terminating instance, may still be around: " + error.get());
                return;
            }
        } catch (InterruptedException e) {
            state.ui()
                    .error("Interrupted terminating instance " + instanceId + "; run `kiln cleanup " + session.runId()
                            + "`");
            return;
        }
        cleanupVolumes(state, session, deletions);
    }

    private void cleanupVolumes(BuildState state, AmazonSession session, Ec2Deletions deletions) {
        state.ui().say("Cleaning up any extra volumes...");
        if (volumes.isEmpty()) {
            state.ui().say("No volumes to clean up, skipping");
            return;
        }
        List<String> declared = BlockDevices.deviceNames(config, "launch_block_device_mappings");
        List<Volume> left;
        try {
            left = session.ec2()
                    .describeVolumes(r -> r.filters(f -> f.name("volume-id").values(volumes.keySet())))
                    .volumes();
        } catch (RuntimeException e) {
            state.ui().error("Error describing volumes: " + Ec2Errors.describe("DescribeVolumes", e));
            return;
        }
        List<String> present = left.stream().map(Volume::volumeId).toList();
        for (String id : volumes.keySet()) if (!present.contains(id)) deletions.gone(Kind.VOLUME, id);
        if (left.isEmpty()) {
            state.ui().say("No volumes to clean up, skipping");
            return;
        }
        for (Volume v : left) {
            boolean declaredDevice = declared.contains(volumes.get(v.volumeId()));
            if (declaredDevice) {
                // Kept on purpose: the template asked for delete_on_termination = false.
                session.journal().kept(Kind.VOLUME, session.region(), v.volumeId());
            } else if (v.state() == VolumeState.AVAILABLE) {
                deletions.deleteVolume(v.volumeId()).ifPresent(e -> state.ui().error("Error deleting volume: " + e));
            }
        }
    }

    private static boolean notEmpty(String s) {
        return s != null && !s.isEmpty();
    }
}
