package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.LaunchPermission;
import software.amazon.awssdk.services.ec2.model.ModifyImageAttributeRequest;

/**
 * Packer's {@code StepModifyAMIAttributes}: in every region, shares the AMI ({@code ami_users},
 * {@code ami_groups}, {@code ami_org_arns}, {@code ami_ou_arns}), sets {@code ami_product_codes} and
 * {@code imds_support}, and shares the snapshots ({@code snapshot_users}, {@code snapshot_groups}).
 */
final class StepModifyAmiAttributes implements Step {

    private final ConfigView config;

    StepModifyAmiAttributes(ConfigView config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "StepModifyAMIAttributes";
    }

    @Override
    public StepResult run(BuildState state) {
        EbsState.Amis amis = state.get(EbsState.AMIS).orElse(null);
        if (amis == null) return StepResult.proceed();
        AmazonSession session = state.require(AmazonSession.KEY);
        List<String> users = EbsOptions.strings(config, "ami_users");
        List<String> groups = EbsOptions.strings(config, "ami_groups");
        List<String> orgs = EbsOptions.strings(config, "ami_org_arns");
        List<String> ous = EbsOptions.strings(config, "ami_ou_arns");
        List<String> productCodes = EbsOptions.strings(config, "ami_product_codes");
        List<String> snapshotUsers = EbsOptions.strings(config, "snapshot_users");
        List<String> snapshotGroups = EbsOptions.strings(config, "snapshot_groups");
        boolean launch = !(users.isEmpty() && groups.isEmpty() && orgs.isEmpty() && ous.isEmpty());
        String imds = config.string("imds_support").orElse("");
        for (Map.Entry<String, String> ami : amis.byRegion().entrySet()) {
            Ec2Client ec2 = session.ec2(ami.getKey());
            String id = ami.getValue();
            try {
                if (launch || !productCodes.isEmpty() || !imds.isEmpty()) {
                    state.ui().say("Modifying attributes on AMI (" + id + ")...");
                }
                if (launch) {
                    List<LaunchPermission> add = new java.util.ArrayList<>();
                    users.forEach(
                            u -> add.add(LaunchPermission.builder().userId(u).build()));
                    groups.forEach(
                            g -> add.add(LaunchPermission.builder().group(g).build()));
                    orgs.forEach(o -> add.add(
                            LaunchPermission.builder().organizationArn(o).build()));
                    ous.forEach(o -> add.add(
                            LaunchPermission.builder().organizationalUnitArn(o).build()));
                    ec2.modifyImageAttribute(ModifyImageAttributeRequest.builder()
                            .imageId(id)
                            .launchPermission(p -> p.add(add))
                            .build());
                }
                if (!productCodes.isEmpty())
                    ec2.modifyImageAttribute(r -> r.imageId(id).productCodes(productCodes));
                if (!imds.isEmpty()) ec2.modifyImageAttribute(r -> r.imageId(id).imdsSupport(v -> v.value(imds)));
                if (snapshotUsers.isEmpty() && snapshotGroups.isEmpty()) continue;
                for (String snapshot : amis.snapshots().getOrDefault(id, List.of())) {
                    state.ui().say("Modifying attributes on snapshot (" + snapshot + ")...");
                    ec2.modifySnapshotAttribute(r -> r.snapshotId(snapshot)
                            .createVolumePermission(p -> p.add(snapshotUsers.stream()
                                            .map(u ->
                                                    software.amazon.awssdk.services.ec2.model.CreateVolumePermission
                                                            .builder()
                                                            .userId(u)
                                                            .build())
                                            .toList())
                                    .add(snapshotGroups.stream()
                                            .map(g ->
                                                    software.amazon.awssdk.services.ec2.model.CreateVolumePermission
                                                            .builder()
                                                            .group(g)
                                                            .build())
                                            .toList())));
                }
            } catch (RuntimeException e) {
                return StepResult.halt("Error modify AMI attributes: " + Ec2Errors.describe("ModifyImageAttribute", e));
            }
        }
        return StepResult.proceed();
    }
}
