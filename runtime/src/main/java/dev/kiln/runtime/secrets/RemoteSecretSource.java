package dev.kiln.runtime.secrets;

import dev.kiln.stdlib.functions.SecretLookup;
import dev.kiln.stdlib.functions.SecretSource;
import java.util.Map;

/**
 * The secret source for {@code build}: AWS Secrets Manager through the AWS SDK, Vault and Consul
 * over HTTP, each configured from the environment as Packer's clients are. Give it to the
 * compiler with {@code FunctionEnvironment.system().withSecrets(...)}; close it when done.
 */
public final class RemoteSecretSource implements SecretSource, AutoCloseable {

    private final AwsSecretsManagerReader aws;
    private final VaultReader vault;
    private final ConsulReader consul;

    /** A source reading each store as {@code aws}, {@code vault} and {@code consul} do. */
    public RemoteSecretSource(AwsSecretsManagerReader aws, VaultReader vault, ConsulReader consul) {
        this.aws = aws;
        this.vault = vault;
        this.consul = consul;
    }

    /**
     * A source configured from {@code environment} (normally {@link System#getenv()}): the AWS
     * SDK's default chains (which also honour {@code AWS_ENDPOINT_URL}), {@code VAULT_*} and
     * {@code CONSUL_HTTP_*}.
     */
    public static RemoteSecretSource fromEnvironment(Map<String, String> environment) {
        return new RemoteSecretSource(
                AwsSecretsManagerReader.withDefaultClient(),
                new VaultReader(environment),
                new ConsulReader(environment));
    }

    @Override
    public SecretLookup awsSecret(String name) {
        return aws.read(name);
    }

    @Override
    public SecretLookup vaultSecret(String path) {
        return vault.read(path);
    }

    @Override
    public SecretLookup consulKey(String key) {
        return consul.read(key);
    }

    /** Releases the AWS client, if one was created. */
    @Override
    public void close() {
        aws.close();
    }
}
