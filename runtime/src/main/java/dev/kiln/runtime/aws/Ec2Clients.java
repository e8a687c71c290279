package dev.kiln.runtime.aws;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.Ec2ClientBuilder;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.PolicyDescriptorType;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * EC2 clients, one per distinct {@link AwsAccess} (so one per region for the usual template), built
 * as Packer's {@code AccessConfig} builds its session: static keys, else the named profile, else the
 * SDK's default chain, optionally wrapped by {@code assume_role}; the region from the block, else the
 * SDK's chain. The endpoint is {@code custom_endpoint_ec2}, else what the SDK reads itself
 * ({@code AWS_ENDPOINT_URL_EC2}, {@code AWS_ENDPOINT_URL}, {@code aws.endpointUrl}).
 */
public final class Ec2Clients implements AutoCloseable {

    /** No clients yet; each is built on first use. */
    public Ec2Clients() {}

    private final Map<AwsAccess, Ec2Client> clients = new LinkedHashMap<>();
    private final List<AutoCloseable> resources = new ArrayList<>();

    /** The client for {@code access}; throws the SDK's exception when it cannot be built (no region ...). */
    public synchronized Ec2Client client(AwsAccess access) {
        Ec2Client client = clients.get(access);
        if (client == null) {
            client = build(access);
            clients.put(access, client);
        }
        return client;
    }

    private Ec2Client build(AwsAccess access) {
        Ec2ClientBuilder builder = Ec2Client.builder().credentialsProvider(credentials(access));
        access.regionName().map(Region::of).ifPresent(builder::region);
        if (access.endpoint() != null) builder.endpointOverride(URI.create(access.endpoint()));
        if (access.insecureSkipTlsVerify()) builder.httpClient(trustingEverything());
        if (access.maxRetries() != null) {
            builder.overrideConfiguration(c ->
                    c.retryStrategy(RetryMode.STANDARD).retryStrategy(b -> b.maxAttempts(access.maxRetries() + 1)));
        }
        return builder.build();
    }

    private AwsCredentialsProvider credentials(AwsAccess access) {
        AwsCredentialsProvider base;
        if (access.hasStaticKeys()) {
            base = StaticCredentialsProvider.create(
                    access.token() == null
                            ? AwsBasicCredentials.create(access.accessKey(), access.secretKey())
                            : AwsSessionCredentials.create(access.accessKey(), access.secretKey(), access.token()));
        } else if (access.profile() != null) {
            ProfileCredentialsProvider.Builder profile =
                    ProfileCredentialsProvider.builder().profileName(access.profile());
            if (access.sharedCredentialsFile() != null) {
                profile.profileFile(ProfileFile.builder()
                        .content(Path.of(access.sharedCredentialsFile()))
                        .type(ProfileFile.Type.CREDENTIALS)
                        .build());
            }
            base = profile.build();
        } else {
            base = DefaultCredentialsProvider.builder().build();
        }
        return access.assumeRole() == null ? base : assumed(access, base);
    }

    private AwsCredentialsProvider assumed(AwsAccess access, AwsCredentialsProvider base) {
        AwsAccess.AssumeRole role = access.assumeRole();
        var sts = StsClient.builder().credentialsProvider(base);
        access.regionName().map(Region::of).ifPresent(sts::region);
        StsClient client = sts.build();
        resources.add(client);
        StsAssumeRoleCredentialsProvider provider = StsAssumeRoleCredentialsProvider.builder()
                .stsClient(client)
                .refreshRequest(r -> {
                    r.roleArn(role.roleArn()).roleSessionName(role.sessionName() == null ? "kiln" : role.sessionName());
                    if (role.externalId() != null) r.externalId(role.externalId());
                    if (role.durationSeconds() != null) r.durationSeconds(role.durationSeconds());
                    if (role.policy() != null) r.policy(role.policy());
                    if (!role.policyArns().isEmpty()) {
                        r.policyArns(role.policyArns().stream()
                                .map(a -> PolicyDescriptorType.builder().arn(a).build())
                                .toList());
                    }
                })
                .build();
        resources.add(provider);
        return provider;
    }

    private SdkHttpClient trustingEverything() {
        SdkHttpClient http = Apache5HttpClient.builder()
                .buildWithDefaults(AttributeMap.builder()
                        .put(SdkHttpConfigurationOption.TRUST_ALL_CERTIFICATES, Boolean.TRUE)
                        .build());
        resources.add(http);
        return http;
    }

    @Override
    public synchronized void close() {
        clients.values().forEach(Ec2Client::close);
        clients.clear();
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // Closing at the end of a run: nothing left to do with a failure.
            }
        }
        resources.clear();
    }
}
