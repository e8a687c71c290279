package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.stdlib.json.JsonEncoding;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The least-privilege IAM policy of amazon-ebs builds: exactly the actions kiln's steps, their
 * cleanups and {@code kiln cleanup} can call for the given source configurations (temporary key
 * pair and security group or not, filters, copies, sharing, deregistering, instance profile, KMS
 * keys). {@code kiln iam-policy} prints it.
 */
public final class IamPolicy {

    private IamPolicy() {}

    /** The actions the builds of {@code sources} need, sorted. */
    public static SortedSet<String> actions(List<? extends ConfigView> sources) {
        SortedSet<String> actions = new TreeSet<>();
        for (ConfigView c : sources) actions.addAll(actions(c));
        return actions;
    }

    /** The actions one amazon-ebs source needs. */
    static SortedSet<String> actions(ConfigView c) {
        SortedSet<String> a = new TreeSet<>();
        // Always: find the source AMI and a taken ami_name, launch, watch and terminate the instance, tag.
        a.addAll(List.of(
                "ec2:DescribeImages",
                "ec2:RunInstances",
                "ec2:DescribeInstances",
                "ec2:TerminateInstances",
                "ec2:CreateTags",
                "ec2:DescribeVolumes",
                "ec2:DeleteVolume"));
        // Cleanup of a failed build and kiln cleanup: partial AMIs and whatever carries the run's tag.
        a.addAll(List.of(
                "ec2:DeregisterImage",
                "ec2:DeleteSnapshot",
                "ec2:DescribeSnapshots",
                "ec2:DescribeSecurityGroups",
                "ec2:DescribeKeyPairs"));
        if (!c.isTrue("disable_stop_instance")) a.add("ec2:StopInstances");
        if (!c.isTrue("skip_create_ami")) a.add("ec2:CreateImage");
        String communicator = c.string("communicator").orElse("ssh");
        boolean ownKey = c.isNonZero("ssh_keypair_name")
                || c.isNonZero("ssh_private_key_file")
                || c.isTrue("ssh_agent_auth")
                || c.isNonZero("ssh_password");
        if (!communicator.equals("none") && !ownKey) a.addAll(List.of("ec2:CreateKeyPair", "ec2:DeleteKeyPair"));
        boolean groups = c.isNonZero("security_group_id") || c.isNonZero("security_group_ids");
        if (!groups && c.blocks("security_group_filter").isEmpty()) {
            a.addAll(List.of("ec2:CreateSecurityGroup", "ec2:DeleteSecurityGroup"));
            if (!c.string("ssh_interface").orElse("").equals("session_manager"))
                a.add("ec2:AuthorizeSecurityGroupIngress");
        }
        if (!c.blocks("vpc_filter").isEmpty()) a.add("ec2:DescribeVpcs");
        if (!c.blocks("subnet_filter").isEmpty()
                || c.isNonZero("subnet_id")
                || c.isNonZero("vpc_id")
                || !c.blocks("vpc_filter").isEmpty()) {
            a.add("ec2:DescribeSubnets");
        }
        List<String> copies = EbsOptions.strings(c, "ami_regions");
        if (!copies.isEmpty()) {
            a.add("ec2:CopyImage");
            if (!c.isTrue("skip_region_validation")) a.add("ec2:DescribeRegions");
        }
        if (List.of("ami_users", "ami_groups", "ami_org_arns", "ami_ou_arns", "ami_product_codes").stream()
                        .anyMatch(c::isNonZero)
                || c.isNonZero("imds_support")) {
            a.add("ec2:ModifyImageAttribute");
        }
        if (c.isNonZero("snapshot_users") || c.isNonZero("snapshot_groups")) a.add("ec2:ModifySnapshotAttribute");
        if (c.isNonZero("iam_instance_profile")) a.add("iam:PassRole");
        if (usesKms(c)) {
            a.addAll(List.of(
                    "kms:CreateGrant",
                    "kms:Decrypt",
                    "kms:DescribeKey",
                    "kms:GenerateDataKeyWithoutPlaintext",
                    "kms:ReEncryptFrom",
                    "kms:ReEncryptTo"));
        }
        return a;
    }

    private static boolean usesKms(ConfigView c) {
        if (c.isNonZero("kms_key_id") || c.isNonZero("region_kms_key_ids")) return true;
        for (String type : List.of("launch_block_device_mappings", "ami_block_device_mappings")) {
            for (ConfigView b : c.blocks(type)) if (b.isNonZero("kms_key_id")) return true;
        }
        return false;
    }

    /** The policy document: one statement allowing {@code actions} on every resource, as JSON. */
    public static String document(SortedSet<String> actions) {
        Map<String, Value> statement = new LinkedHashMap<>();
        statement.put(
                "Action",
                Value.tuple(new ArrayList<>(actions.stream().map(Value::string).toList())));
        statement.put("Effect", Value.string("Allow"));
        statement.put("Resource", Value.string("*"));
        statement.put("Sid", Value.string("KilnAmazonEbs"));
        Map<String, Value> policy = new LinkedHashMap<>();
        policy.put("Statement", Value.tuple(List.of(Value.object(statement))));
        policy.put("Version", Value.string("2012-10-17"));
        return pretty(JsonEncoding.encode(Value.object(policy)));
    }

    /** Two-space indented JSON, one array element per line, for reading and pasting. */
    private static String pretty(String json) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char ch = json.charAt(i);
            if (inString) {
                out.append(ch);
                if (ch == '\\') out.append(json.charAt(++i));
                else if (ch == '"') inString = false;
                continue;
            }
            switch (ch) {
                case '"' -> {
                    inString = true;
                    out.append(ch);
                }
                case '{', '[' -> {
                    depth++;
                    out.append(ch).append('\n').append("  ".repeat(depth));
                }
                case '}', ']' -> {
                    depth--;
                    out.append('\n').append("  ".repeat(depth)).append(ch);
                }
                case ',' -> out.append(ch).append('\n').append("  ".repeat(depth));
                case ':' -> out.append(": ");
                default -> out.append(ch);
            }
        }
        return out.append('\n').toString();
    }
}
