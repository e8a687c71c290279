package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.builder.amazon.RunJournal.Kind;
import dev.kiln.runtime.plugin.GoTemplate;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Ipv6Range;
import software.amazon.awssdk.services.ec2.model.ResourceType;

/**
 * Packer's {@code StepSecurityGroup}: the given {@code security_group_id(s)}, the groups matching
 * {@code security_group_filter}, or a temporary group {@code packer_<uuid>} opened on the
 * communicator's port to {@code temporary_security_group_source_cidrs} (default {@code 0.0.0.0/0}).
 * Cleanup deletes the temporary group, retrying while the terminated instance still holds it.
 */
final class StepSecurityGroup implements Step {

    private final ConfigView config;
    private String temporaryId;

    StepSecurityGroup(ConfigView config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "StepSecurityGroup";
    }

    @Override
    public StepResult run(BuildState state) {
        AmazonSession session = state.require(AmazonSession.KEY);
        EbsState.Network network = state.require(EbsState.NETWORK);
        List<String> given = new ArrayList<>(EbsOptions.strings(config, "security_group_ids"));
        config.nonEmptyString("security_group_id").ifPresent(given::add);
        if (!given.isEmpty()) {
            state.put(EbsState.SECURITY_GROUPS, new EbsState.SecurityGroups(given));
            return StepResult.proceed();
        }
        List<? extends ConfigView> filterBlock = config.blocks("security_group_filter");
        if (!filterBlock.isEmpty()) {
            List<Filter> filters = new ArrayList<>(EbsOptions.filters(filterBlock.get(0)));
            network.vpcId()
                    .ifPresent(v -> filters.add(
                            Filter.builder().name("vpc-id").values(v).build()));
            List<String> ids;
            try {
                ids = session.ec2().describeSecurityGroups(r -> r.filters(filters)).securityGroups().stream()
                        .map(g -> g.groupId())
                        .toList();
            } catch (RuntimeException e) {
                return StepResult.halt(
                        "Couldn't find security groups for filter: " + Ec2Errors.describe("DescribeSecurityGroups", e));
            }
            if (ids.isEmpty()) {
                return StepResult.halt(
                        "No Security Groups matching security_group_filter: " + EbsOptions.describe(filters));
            }
            state.ui().output("Found Security Group(s): " + String.join(", ", ids));
            state.put(EbsState.SECURITY_GROUPS, new EbsState.SecurityGroups(ids));
            return StepResult.proceed();
        }
        String name = "packer_" + UUID.randomUUID();
        Map<String, String> tags;
        try {
            tags = GeneratedData.tags(config, "run_tags", "run_tag", GeneratedData.of(state));
        } catch (GoTemplate.TemplateException e) {
            return StepResult.halt("Error rendering run_tags: " + e.getMessage());
        }
        state.ui().say("Creating temporary security group for this instance: " + name);
        try {
            temporaryId = session.ec2()
                    .createSecurityGroup(r -> {
                        r.groupName(name)
                                .description("Temporary group for Packer")
                                .tagSpecifications(session.tagSpecification(ResourceType.SECURITY_GROUP, tags));
                        network.vpcId().ifPresent(r::vpcId);
                    })
                    .groupId();
        } catch (RuntimeException e) {
            return StepResult.halt(
                    "Error creating temporary security group: " + Ec2Errors.describe("CreateSecurityGroup", e));
        }
        session.journal().created(Kind.SECURITY_GROUP, session.region(), temporaryId);
        state.put(EbsState.SECURITY_GROUPS, new EbsState.SecurityGroups(List.of(temporaryId)));
        if (config.string("ssh_interface").orElse("").equals("session_manager")) return StepResult.proceed();
        int port = communicatorPort();
        List<String> cidrs = EbsOptions.strings(config, "temporary_security_group_source_cidrs");
        if (cidrs.isEmpty()) cidrs = List.of("0.0.0.0/0");
        state.ui()
                .say("Authorizing access to port " + port + " from " + cidrs + " in the temporary security groups...");
        IpPermission.Builder permission =
                IpPermission.builder().ipProtocol("tcp").fromPort(port).toPort(port);
        List<IpRange> v4 = cidrs.stream()
                .filter(c -> !c.contains(":"))
                .map(c -> IpRange.builder().cidrIp(c).build())
                .toList();
        List<Ipv6Range> v6 = cidrs.stream()
                .filter(c -> c.contains(":"))
                .map(c -> Ipv6Range.builder().cidrIpv6(c).build())
                .toList();
        if (!v4.isEmpty()) permission.ipRanges(v4);
        if (!v6.isEmpty()) permission.ipv6Ranges(v6);
        try {
            session.ec2()
                    .authorizeSecurityGroupIngress(r -> r.groupId(temporaryId).ipPermissions(permission.build()));
        } catch (RuntimeException e) {
            return StepResult.halt("Error authorizing temporary security group: "
                    + Ec2Errors.describe("AuthorizeSecurityGroupIngress", e));
        }
        return StepResult.proceed();
    }

    private int communicatorPort() {
        String communicator = config.string("communicator").orElse("ssh");
        if (communicator.equals("winrm")) {
            return config.number("winrm_port")
                    .map(n -> n.intValue())
                    .filter(p -> p > 0)
                    .orElse(config.isTrue("winrm_use_ssl") ? 5986 : 5985);
        }
        return config.number("ssh_port")
                .map(n -> n.intValue())
                .filter(p -> p > 0)
                .orElse(22);
    }

    @Override
    public void cleanup(BuildState state) {
        if (temporaryId == null) return;
        AmazonSession session = state.require(AmazonSession.KEY);
        state.ui().say("Deleting temporary security group...");
        try {
            session.deletions(session.region())
                    .deleteSecurityGroup(temporaryId)
                    .ifPresent(error -> state.ui()
                            .error("Error cleaning up security group. Please delete the group manually: " + temporaryId
                                    + ": " + error));
        } catch (InterruptedException e) {
            state.ui()
                    .error("Interrupted deleting security group " + temporaryId + "; run `kiln cleanup "
                            + session.runId() + "`");
        }
    }
}
