package dev.kiln.runtime.secrets;

import dev.kiln.stdlib.functions.SecretLookup;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

/** Reads the current text of AWS Secrets Manager secrets, as Packer's {@code GetSecret} does. */
public final class AwsSecretsManagerReader implements AutoCloseable {

    private final Supplier<SecretsManagerClient> factory;
    private SecretsManagerClient client;
    private String clientFailure;

    /** A reader that creates its client with {@code factory} on first use (templates rarely need one). */
    public AwsSecretsManagerReader(Supplier<SecretsManagerClient> factory) {
        this.factory = factory;
    }

    /**
     * A reader with the SDK's default credential, region and endpoint chains: {@code AWS_REGION},
     * profiles, instance roles, and {@code AWS_ENDPOINT_URL} / {@code
     * AWS_ENDPOINT_URL_SECRETS_MANAGER} (or the {@code aws.endpointUrl} system property) for a
     * local endpoint.
     */
    public static AwsSecretsManagerReader withDefaultClient() {
        return new AwsSecretsManagerReader(SecretsManagerClient::create);
    }

    /** The {@code SecretString} of the {@code AWSCURRENT} version of {@code name}, or why not. */
    public synchronized SecretLookup read(String name) {
        SecretsManagerClient secrets = client();
        if (secrets == null) {
            return new SecretLookup.Failed(clientFailure);
        }
        try {
            GetSecretValueResponse response =
                    secrets.getSecretValue(request -> request.secretId(name).versionStage("AWSCURRENT"));
            if (response.secretString() == null) {
                // A binary secret: Packer's SDK refuses it with these words.
                return new SecretLookup.Failed("Secret is not string");
            }
            return new SecretLookup.Found(response.secretString());
        } catch (AwsServiceException e) {
            return new SecretLookup.Failed(describe(e));
        } catch (RuntimeException e) {
            return new SecretLookup.Failed(Causes.describe(e));
        }
    }

    private SecretsManagerClient client() {
        if (client == null && clientFailure == null) {
            try {
                client = factory.get();
            } catch (RuntimeException e) {
                // Typically no region configured; remembered so every call gives the same answer.
                clientFailure = "cannot create an AWS Secrets Manager client: " + Causes.describe(e);
            }
        }
        return client;
    }

    /** "ResourceNotFoundException: Secrets Manager can't find the specified secret." without request ids. */
    private static String describe(AwsServiceException e) {
        AwsErrorDetails details = e.awsErrorDetails();
        if (details == null || details.errorMessage() == null) {
            return Causes.describe(e);
        }
        String code = details.errorCode();
        return code == null ? details.errorMessage() : code + ": " + details.errorMessage();
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
