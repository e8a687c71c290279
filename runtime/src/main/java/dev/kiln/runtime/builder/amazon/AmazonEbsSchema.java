package dev.kiln.runtime.builder.amazon;

import static dev.kiln.compiler.schema.AttributeSchema.bool;
import static dev.kiln.compiler.schema.AttributeSchema.duration;
import static dev.kiln.compiler.schema.AttributeSchema.number;
import static dev.kiln.compiler.schema.AttributeSchema.string;
import static dev.kiln.compiler.schema.AttributeSchema.stringList;
import static dev.kiln.compiler.schema.AttributeSchema.stringMap;

import dev.kiln.compiler.schema.AttributeSchema;
import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.BlockTypeSchema;
import dev.kiln.compiler.schema.ConfigRules;
import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.compiler.schema.RuleViolation;
import dev.kiln.runtime.spi.CommunicatorSchema;
import dev.kiln.runtime.spi.LocalFiles;
import dev.kiln.runtime.spi.PackerCoreSchema;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The configuration of the {@code amazon-ebs} builder (packer-plugin-amazon {@code builder/ebs}):
 * access, AMI, run and block-device options, the communicator's, and the rules of their
 * {@code Prepare} methods with the plugin's messages.
 */
public final class AmazonEbsSchema {

    private AmazonEbsSchema() {}

    private static final Pattern AMI_NAME = Pattern.compile("^[\\w()\\[\\] ./\\-'@]+$");

    private static BlockSchema tag() {
        return BlockSchema.builder("A tag, for keys that are not valid attribute names.")
                .attribute(AttributeSchema.required("key", Type.STRING, "The tag's key."))
                .attribute(AttributeSchema.required("value", Type.STRING, "The tag's value."))
                .build();
    }

    private static BlockSchema filter() {
        BlockSchema nameValues = BlockSchema.builder("One filter.")
                .attribute(string("name", "The filter name."))
                .attribute(stringList("values", "Accepted values."))
                .build();
        return BlockSchema.builder("Finds a resource by filters.")
                .attribute(stringMap("filters", "Filters, name to value."))
                .block(BlockTypeSchema.list("filter", nameValues))
                .build();
    }

    private static BlockSchema blockDevice() {
        return BlockSchema.builder("A block device mapping.")
                .attribute(string("device_name", "The device name exposed to the instance, e.g. /dev/sdh."))
                .attribute(string("volume_type", "gp2, gp3, io1, io2, st1, sc1 or standard."))
                .attribute(number("volume_size", "Size of the volume in GiB."))
                .attribute(number("iops", "Provisioned IOPS (io1, io2, gp3)."))
                .attribute(number("throughput", "Throughput in MiB/s (gp3)."))
                .attribute(bool("delete_on_termination", "Delete the volume when the instance terminates."))
                .attribute(bool("encrypted", "Encrypt the volume."))
                .attribute(string("kms_key_id", "KMS key to encrypt the volume with."))
                .attribute(string("snapshot_id", "Snapshot to create the volume from."))
                .attribute(string("virtual_name", "Instance store volume name, ephemeralN."))
                .attribute(bool("no_device", "Suppress the device of the AMI's mapping."))
                .rule(ConfigRules.errorWhen(
                        "device_name",
                        c -> !c.isNonZero("device_name"),
                        "The `device_name` must be specified for every device in the block device mapping."))
                .rule(ConfigRules.oneOf(
                        "volume_type",
                        Set.of("gp2", "gp3", "io1", "io2", "st1", "sc1", "standard"),
                        "The specified volume type %s is not valid."))
                .rule(ConfigRules.errorWhen(
                        "iops",
                        c -> c.isNonZero("iops")
                                && !Set.of("io1", "io2", "gp3")
                                        .contains(c.string("volume_type").orElse("io1")),
                        "IOPS is only valid for io1, io2, and gp3 volume types."))
                .rule(ConfigRules.errorWhen(
                        "throughput",
                        c -> c.isNonZero("throughput")
                                && !c.string("volume_type").orElse("gp3").equals("gp3"),
                        "Throughput is only valid for gp3 volume type."))
                .build();
    }

    /** The complete schema. */
    public static final BlockSchema SCHEMA = build();

    private static BlockSchema build() {
        BlockSchema.Builder b =
                BlockSchema.builder("Creates an EBS-backed AMI by launching, provisioning and imaging an instance.");
        b.include(PackerCoreSchema.SCHEMA);
        access(b);
        ami(b);
        run(b);
        b.include(CommunicatorSchema.SCHEMA);
        ebs(b);
        rules(b);
        return b.build();
    }

    private static void access(BlockSchema.Builder b) {
        b.attribute(string("access_key", "AWS access key; from the default credential chain when unset.")
                        .asSensitive())
                .attribute(string("secret_key", "AWS secret key; from the default credential chain when unset.")
                        .asSensitive())
                .attribute(string("token", "AWS session token.").asSensitive())
                .attribute(string("region", "Region to launch the instance in."))
                .attribute(string("profile", "Profile of the shared credentials file."))
                .attribute(string("shared_credentials_file", "Path of the shared credentials file."))
                .attribute(string("custom_endpoint_ec2", "Alternative EC2 endpoint URL."))
                .attribute(bool("insecure_skip_tls_verify", "Skip TLS verification of the endpoint."))
                .attribute(number("max_retries", "Maximum retries of AWS API calls.")
                        .withDefault(Value.number(10)))
                .attribute(string("mfa_code", "MFA TOTP code.").asSensitive())
                .attribute(bool("skip_metadata_api_check", "Ignored; kept for compatibility."))
                .attribute(bool("skip_credential_validation", "Do not validate credentials before building."))
                .attribute(bool("decode_authorization_messages", "Decode authorization failure messages with STS."))
                .block(BlockTypeSchema.single(
                        "assume_role",
                        BlockSchema.builder("Role to assume.")
                                .attribute(string("role_arn", "ARN of the role."))
                                .attribute(number("duration_seconds", "Session duration."))
                                .attribute(string("external_id", "External id."))
                                .attribute(string("policy", "Inline session policy."))
                                .attribute(stringList("policy_arns", "Managed session policies."))
                                .attribute(string("session_name", "Session name."))
                                .attribute(stringMap("tags", "Session tags."))
                                .attribute(stringList("transitive_tag_keys", "Tags passed to chained roles."))
                                .build()))
                .block(BlockTypeSchema.single(
                        "vault_aws_engine",
                        BlockSchema.builder("Credentials from Vault's AWS engine.")
                                .attribute(string("name", "Role name in Vault."))
                                .attribute(string("role_arn", "Role ARN."))
                                .attribute(string("ttl", "Lease duration."))
                                .attribute(string("engine_name", "Mount path of the engine."))
                                .build()))
                .block(BlockTypeSchema.single(
                        "aws_polling",
                        BlockSchema.builder("How waiters poll.")
                                .attribute(number("max_attempts", "Maximum polling attempts."))
                                .attribute(number("delay_seconds", "Seconds between attempts."))
                                .build()));
    }

    private static void ami(BlockSchema.Builder b) {
        b.attribute(string("ami_name", "Name of the resulting AMI (required)."))
                .attribute(string("ami_description", "Description of the AMI."))
                .attribute(string("ami_virtualization_type", "hvm or paravirtual."))
                .attribute(stringList("ami_users", "Account ids to share the AMI with."))
                .attribute(stringList("ami_groups", "Groups to share the AMI with (all = public)."))
                .attribute(stringList("ami_org_arns", "Organizations to share the AMI with."))
                .attribute(stringList("ami_ou_arns", "Organizational units to share the AMI with."))
                .attribute(stringList("ami_product_codes", "Product codes to attach."))
                .attribute(stringList("ami_regions", "Regions to copy the AMI to."))
                .attribute(bool("skip_region_validation", "Do not check that the regions exist."))
                .attribute(number("snapshot_copy_duration_minutes", "Time-based snapshot copy duration."))
                .attribute(stringMap("tags", "Tags of the AMI and its snapshots."))
                .block(BlockTypeSchema.list("tag", tag()))
                .attribute(bool("ena_support", "Enable enhanced networking (ENA)."))
                .attribute(bool("sriov_support", "Enable SR-IOV enhanced networking."))
                .attribute(bool("force_deregister", "Deregister an existing AMI of the same name."))
                .attribute(bool("force_delete_snapshot", "Delete the snapshots of a deregistered AMI."))
                .attribute(bool("encrypt_boot", "Encrypt the boot volume of the AMI."))
                .attribute(string("kms_key_id", "KMS key for the boot volume."))
                .attribute(stringMap("region_kms_key_ids", "KMS key per copy region."))
                .attribute(bool("skip_save_build_region", "Do not keep the AMI in the build region."))
                .attribute(string("imds_support", "\"\" or v2.0 (IMDSv2 only)."))
                .attribute(string("deprecate_at", "RFC 3339 time at which the AMI is deprecated."))
                .block(BlockTypeSchema.single(
                        "deregistration_protection",
                        BlockSchema.builder("Deregistration protection.")
                                .attribute(bool("enabled", "Protect the AMI from deregistration."))
                                .attribute(bool("with_cooldown", "Keep protection 24h after disabling."))
                                .build()))
                .attribute(stringMap("snapshot_tags", "Tags of the snapshots."))
                .block(BlockTypeSchema.list("snapshot_tag", tag()))
                .attribute(stringList("snapshot_users", "Account ids allowed to create volumes from the snapshots."))
                .attribute(stringList("snapshot_groups", "Groups allowed to create volumes from the snapshots."));
    }

    private static void run(BlockSchema.Builder b) {
        BlockSchema sourceAmiFilter = filter().toBuilder()
                .attribute(stringList("owners", "Owners the AMI must belong to (required)."))
                .attribute(bool("most_recent", "Take the newest match."))
                .attribute(bool("include_deprecated", "Include deprecated AMIs."))
                .build();
        BlockSchema subnetFilter = filter().toBuilder()
                .attribute(bool("most_free", "Take the subnet with most free addresses."))
                .attribute(bool("random", "Take a random match."))
                .build();
        BlockSchema statement = BlockSchema.builder("A policy statement.")
                .attribute(string("Effect", "Allow or Deny."))
                .attribute(stringList("Action", "Actions."))
                .attribute(stringList("Resource", "Resources."))
                .build();
        b.attribute(string("instance_type", "Instance type to build on (required unless spot_instance_types)."))
                .attribute(string("source_ami", "AMI to start from (required unless source_ami_filter)."))
                .block(BlockTypeSchema.single("source_ami_filter", sourceAmiFilter))
                .attribute(string("availability_zone", "Availability zone."))
                .attribute(string("subnet_id", "Subnet to launch in."))
                .block(BlockTypeSchema.single("subnet_filter", subnetFilter))
                .attribute(string("vpc_id", "VPC to launch in."))
                .block(BlockTypeSchema.single("vpc_filter", filter()))
                .attribute(string("security_group_id", "Security group to use."))
                .attribute(stringList("security_group_ids", "Security groups to use."))
                .block(BlockTypeSchema.single("security_group_filter", filter()))
                .attribute(
                        stringList("temporary_security_group_source_cidrs", "CIDRs allowed into the temporary group."))
                .attribute(bool("temporary_security_group_source_public_ip", "Allow only this host's public IP."))
                .attribute(bool("associate_public_ip_address", "Give the instance a public IP."))
                .attribute(string("iam_instance_profile", "Instance profile to launch with."))
                .attribute(bool("skip_profile_validation", "Do not check the instance profile."))
                .block(BlockTypeSchema.single(
                        "temporary_iam_instance_profile_policy_document",
                        BlockSchema.builder("Policy of a temporary instance profile.")
                                .attribute(string("Version", "Policy language version."))
                                .block(BlockTypeSchema.list("Statement", statement))
                                .build()))
                .attribute(string("user_data", "User data."))
                .attribute(string("user_data_file", "File holding the user data."))
                .attribute(stringMap("run_tags", "Tags of the instance."))
                .block(BlockTypeSchema.list("run_tag", tag()))
                .attribute(bool("ebs_optimized", "Launch EBS-optimized."))
                .attribute(bool("enable_nitro_enclave", "Enable Nitro Enclaves."))
                .attribute(bool("enable_unlimited_credits", "Unlimited CPU credits for burstable types."))
                .attribute(bool("enable_t2_unlimited", "Deprecated: use enable_unlimited_credits."))
                .attribute(string("shutdown_behavior", "stop (default) or terminate."))
                .attribute(bool("disable_stop_instance", "Do not stop the instance before imaging."))
                .attribute(number("block_duration_minutes", "Spot block duration (multiple of 60)."))
                .attribute(string("capacity_reservation_preference", "none or open."))
                .attribute(string("capacity_reservation_id", "Capacity reservation to use."))
                .attribute(string("capacity_reservation_group_arn", "Capacity reservation group to use."))
                .block(BlockTypeSchema.single(
                        "placement",
                        BlockSchema.builder("Placement of the instance.")
                                .attribute(string("host_resource_group_arn", "Host resource group."))
                                .attribute(string("host_id", "Dedicated host."))
                                .attribute(string("tenancy", "default, dedicated or host."))
                                .build()))
                .attribute(string("tenancy", "Deprecated: use placement.tenancy."))
                .block(BlockTypeSchema.list(
                        "license_specifications",
                        BlockSchema.builder("A license configuration.")
                                .block(BlockTypeSchema.single(
                                        "license_configuration_request",
                                        BlockSchema.builder("The license.")
                                                .attribute(string(
                                                        "license_configuration_arn",
                                                        "ARN of the license configuration."))
                                                .build()))
                                .build()))
                .block(BlockTypeSchema.single(
                        "metadata_options",
                        BlockSchema.builder("Instance metadata service options.")
                                .attribute(string("http_endpoint", "enabled (default) or disabled."))
                                .attribute(string("http_tokens", "optional (default) or required."))
                                .attribute(number("http_put_response_hop_limit", "1 to 64, default 1."))
                                .attribute(string("instance_metadata_tags", "enabled or disabled (default)."))
                                .rule(ConfigRules.oneOf(
                                        "http_endpoint",
                                        Set.of("enabled", "disabled"),
                                        "http_endpoint requires either disabled or enabled as its value"))
                                .rule(ConfigRules.oneOf(
                                        "http_tokens",
                                        Set.of("optional", "required"),
                                        "http_tokens requires either optional or required as its value"))
                                .rule(ConfigRules.between(
                                        "http_put_response_hop_limit",
                                        1,
                                        64,
                                        "http_put_response_hop_limit requires a number between 1 and 64"))
                                .rule(ConfigRules.oneOf(
                                        "instance_metadata_tags",
                                        Set.of("enabled", "disabled"),
                                        "instance_metadata_tags requires either disabled or enabled as its value"))
                                .build()))
                .attribute(string("spot_price", "Maximum spot price, \"auto\", or empty for on-demand."))
                .attribute(stringList("spot_instance_types", "Instance types for a spot fleet."))
                .attribute(string("spot_allocation_strategy", "Spot fleet allocation strategy."))
                .attribute(stringMap("spot_tags", "Tags of the spot request."))
                .block(BlockTypeSchema.list("spot_tag", tag()))
                .attribute(stringMap("fleet_tags", "Tags of the fleet."))
                .block(BlockTypeSchema.list("fleet_tag", tag()))
                .attribute(string("spot_price_auto_product", "Deprecated; ignored."))
                .attribute(duration("windows_password_timeout", "How long to wait for the Windows password.")
                        .withDefault(Value.string("20m")))
                .attribute(string(
                        "ssh_interface", "public_ip, private_ip, public_dns, private_dns, ipv6 or session_manager."))
                .attribute(duration("pause_before_ssm", "Duration to wait before starting the SSM session."))
                .attribute(number("session_manager_port", "Local port of the SSM tunnel."));
    }

    private static void ebs(BlockSchema.Builder b) {
        b.block(BlockTypeSchema.list("launch_block_device_mappings", blockDevice()))
                .block(BlockTypeSchema.list("ami_block_device_mappings", blockDevice()))
                .attribute(bool("skip_create_ami", "Build and provision but create no AMI."))
                .attribute(bool("skip_ami_run_tags", "Do not copy run_tags to the AMI."))
                .attribute(stringMap("run_volume_tags", "Tags of the instance's volumes."))
                .block(BlockTypeSchema.list("run_volume_tag", tag()))
                .attribute(bool("no_ephemeral", "Remove ephemeral volumes from the mapping."))
                .block(BlockTypeSchema.single(
                        "fast_launch",
                        BlockSchema.builder("Windows fast launch.")
                                .attribute(bool("enable_fast_launch", "Enable fast launch."))
                                .attribute(string("template_id", "Launch template id."))
                                .attribute(string("template_name", "Launch template name."))
                                .attribute(number("template_version", "Launch template version."))
                                .block(BlockTypeSchema.list(
                                        "region_launch_templates",
                                        BlockSchema.builder("Per-region template.")
                                                .attribute(AttributeSchema.required("region", Type.STRING, "Region."))
                                                .attribute(string("template_id", "Launch template id."))
                                                .attribute(string("template_name", "Launch template name."))
                                                .attribute(number("template_version", "Launch template version."))
                                                .build()))
                                .attribute(number("max_parallel_launches", "Parallel launches to pre-provision."))
                                .attribute(number("target_resource_count", "Snapshots to keep ready."))
                                .build()));
    }

    /** Packer's {@code AmiFilterOptions.NoOwner}: no owner given (unknown owners may be some). */
    private static boolean noOwner(ConfigView filter) {
        return !filter.isSet("owners")
                || filter.value("owners").isKnown() && filter.elements("owners").isEmpty();
    }

    private static void rules(BlockSchema.Builder b) {
        b.rule(ConfigRules.bothOrNeither(
                        "access_key",
                        "secret_key",
                        "`access_key` and `secret_key` must both be either set or not set."))
                .rule(ConfigRules.required("ami_name", "ami_name must be specified"))
                .rule(AmazonEbsSchema::amiName)
                .rule(ConfigRules.errorWhen(
                        c -> !c.isNonZero("source_ami")
                                && c.blocks("source_ami_filter").isEmpty(),
                        "A source_ami or source_ami_filter must be specified"))
                // Packer checks the owner whenever source_ami is empty, so an absent filter (no owner) fails it too.
                .rule(ConfigRules.errorWhen(
                        c -> !c.isNonZero("source_ami")
                                && (c.blocks("source_ami_filter").isEmpty()
                                        || c.blocks("source_ami_filter").stream()
                                                .anyMatch(AmazonEbsSchema::noOwner)),
                        "For security reasons, your source AMI filter must declare an owner."))
                .rule(ConfigRules.atLeastOne(
                        "either instance_type or spot_instance_types must be specified",
                        "instance_type",
                        "spot_instance_types"))
                .rule(ConfigRules.atMostOne(
                        "either instance_type or spot_instance_types must be specified, not both",
                        "instance_type",
                        "spot_instance_types"))
                .rule(ConfigRules.atMostOne(
                        "Only one of user_data or user_data_file can be specified.", "user_data", "user_data_file"))
                .rule(LocalFiles.mustExist(
                        c -> true, (path, error) -> "user_data_file not found: " + path, "user_data_file"))
                .rule(ConfigRules.atMostOne(
                        "Only one of security_group_id or security_group_ids can be specified.",
                        "security_group_id",
                        "security_group_ids"))
                .rule(ConfigRules.oneOf(
                        "shutdown_behavior",
                        Set.of("stop", "terminate"),
                        "shutdown_behavior only accepts 'stop' or 'terminate' values."))
                .rule(ConfigRules.oneOf(
                        "ssh_interface",
                        Set.of("public_ip", "private_ip", "public_dns", "private_dns", "ipv6", "session_manager"),
                        "Unknown interface type: %s"))
                .rule(ConfigRules.errorWhen(
                        "block_duration_minutes",
                        c -> c.number("block_duration_minutes")
                                .map(n -> n.remainder(BigDecimal.valueOf(60)).signum() != 0)
                                .orElse(false),
                        "block_duration_minutes must be multiple of 60"))
                .rule(ConfigRules.errorWhen(
                        "spot_tags",
                        c -> c.isNonZero("spot_tags") && !isSpot(c),
                        "spot_tags should not be set when not requesting a spot instance"))
                .rule(ConfigRules.errorWhen(
                        "ena_support",
                        c -> isSpot(c) && (c.isTrue("ena_support") || c.isTrue("sriov_support")),
                        "Spot instances do not support modification, which is required when either `ena_support` or"
                                + " `sriov_support` are set. Please ensure you use an AMI that already has either SR-IOV or"
                                + " ENA enabled."))
                .rule(ConfigRules.errorWhen(
                        "encrypt_boot",
                        c -> (c.isNonZero("kms_key_id") || c.isNonZero("region_kms_key_ids"))
                                && c.bool("encrypt_boot").map(v -> !v).orElse(!c.isSet("encrypt_boot")),
                        "If you have set either region_kms_key_ids or kms_key_id, encrypt_boot must also be true."))
                .rule(ConfigRules.oneOf(
                        "capacity_reservation_preference",
                        Set.of("none", "open"),
                        "capacity_reservation_preference only accepts 'none' or 'open' values"))
                .rule(ConfigRules.oneOf(
                        "tenancy",
                        Set.of("default", "dedicated", "host"),
                        "tenancy only accepts 'default', 'dedicated' or 'host' values"))
                .rule(ConfigRules.oneOf("imds_support", Set.of("v2.0"), "imds_support only accepts 'v2.0' or no value"))
                .rule(c -> c.nonEmptyString("deprecate_at")
                        .filter(v -> !isRfc3339(v))
                        .map(v -> List.of(RuleViolation.error(
                                "deprecate_at",
                                "deprecate_at is not a valid time: \"" + v
                                        + "\". Expect time format: YYYY-MM-DDTHH:MM:SSZ")))
                        .orElse(List.of()))
                .rule(ConfigRules.errorWhen(
                        "iam_instance_profile",
                        c -> c.string("ssh_interface").orElse("").equals("session_manager")
                                && !c.isNonZero("iam_instance_profile")
                                && c.blocks("temporary_iam_instance_profile_policy_document")
                                        .isEmpty(),
                        "ssh_interface is set to session_manager, but iam_instance_profile or"
                                + " temporary_iam_instance_profile_policy_document is not set"))
                .rule(ConfigRules.deprecated(
                        "enable_t2_unlimited", "enable_t2_unlimited is deprecated: use enable_unlimited_credits."))
                .rule(ConfigRules.deprecated(
                        "spot_price_auto_product", "spot_price_auto_product is deprecated and ignored."));
    }

    private static boolean isSpot(ConfigView c) {
        String price = c.string("spot_price").orElse("");
        return (!price.isEmpty() && !price.equals("0")) || c.isNonZero("spot_instance_types");
    }

    private static boolean isRfc3339(String text) {
        try {
            java.time.OffsetDateTime.parse(text);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static List<RuleViolation> amiName(ConfigView c) {
        List<RuleViolation> out = new ArrayList<>();
        c.nonEmptyString("ami_name").ifPresent(name -> {
            if (name.contains("{{")) return; // Go templates are rendered at build time
            if (name.length() < 3 || name.length() > 128) {
                out.add(RuleViolation.error("ami_name", "ami_name must be between 3 and 128 characters long"));
            }
            if (!AMI_NAME.matcher(name).matches()) {
                out.add(RuleViolation.error(
                        "ami_name",
                        "AMIName should only contain alphanumeric characters, parentheses"
                                + " (()), square brackets ([]), spaces ( ), periods (.), slashes (/), dashes (-), single quotes ('),"
                                + " at-signs (@), or underscores(_). You can use the `clean_resource_name` template filter to"
                                + " automatically clean your ami name."));
            }
        });
        return out;
    }
}
