package dev.kiln.runtime.aws;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.util.List;
import java.util.Optional;

/**
 * The access options shared by the amazon components ({@code region}, static keys, {@code profile},
 * {@code assume_role}, {@code custom_endpoint_ec2} ...) as one value: two blocks with equal access
 * share one EC2 client. Empty strings are unset, as Go's zero values are. Public: the amazon-ebs
 * builder and {@code kiln cleanup} build their clients from it too.
 */
public record AwsAccess(
        String region,
        String accessKey,
        String secretKey,
        String token,
        String profile,
        String sharedCredentialsFile,
        String endpoint,
        boolean insecureSkipTlsVerify,
        Integer maxRetries,
        AssumeRole assumeRole) {

    /** {@code assume_role { role_arn, session_name, external_id, duration_seconds, policy, policy_arns }}. */
    public record AssumeRole(
            String roleArn,
            String sessionName,
            String externalId,
            Integer durationSeconds,
            String policy,
            List<String> policyArns) {}

    /** The access options of a block of any amazon component. */
    public static AwsAccess of(ConfigView config) {
        AssumeRole role = null;
        List<? extends ConfigView> roles = config.blocks("assume_role");
        if (!roles.isEmpty() && roles.get(0).nonEmptyString("role_arn").isPresent()) {
            ConfigView r = roles.get(0);
            role = new AssumeRole(
                    r.nonEmptyString("role_arn").get(),
                    text(r, "session_name"),
                    text(r, "external_id"),
                    r.number("duration_seconds").map(n -> n.intValue()).orElse(null),
                    text(r, "policy"),
                    strings(r, "policy_arns"));
        }
        return new AwsAccess(
                text(config, "region"),
                text(config, "access_key"),
                text(config, "secret_key"),
                text(config, "token"),
                text(config, "profile"),
                text(config, "shared_credentials_file"),
                text(config, "custom_endpoint_ec2"),
                config.isTrue("insecure_skip_tls_verify"),
                config.number("max_retries")
                        .map(n -> n.intValue())
                        .filter(n -> n > 0)
                        .orElse(null),
                role);
    }

    /** The same access in {@code regionName} (the build region, an {@code ami_regions} copy). */
    public AwsAccess inRegion(String regionName) {
        return new AwsAccess(
                regionName,
                accessKey,
                secretKey,
                token,
                profile,
                sharedCredentialsFile,
                endpoint,
                insecureSkipTlsVerify,
                maxRetries,
                assumeRole);
    }

    boolean hasStaticKeys() {
        return accessKey != null && secretKey != null;
    }

    /** The region written in the block, if any. */
    public Optional<String> regionName() {
        return Optional.ofNullable(region);
    }

    private static String text(ConfigView config, String name) {
        return config.nonEmptyString(name).orElse(null);
    }

    private static List<String> strings(ConfigView config, String name) {
        return config.elements(name).stream()
                .map(Value::unmarkDeep)
                .filter(v -> v instanceof StringValue)
                .map(v -> ((StringValue) v).value())
                .toList();
    }
}
