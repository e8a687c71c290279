package dev.kiln.runtime.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.aws.MotoServer;
import dev.kiln.stdlib.function.CallResult;
import dev.kiln.stdlib.function.FunctionCatalog;
import dev.kiln.stdlib.functions.FunctionEnvironment;
import dev.kiln.stdlib.functions.PackerFunctions;
import dev.kiln.stdlib.functions.SecretLookup;
import dev.kiln.stdlib.value.Value;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** {@link AwsSecretsManagerReader} and {@code aws_secretsmanager} against moto on 127.0.0.1. */
@ExtendWith(MotoServer.class)
class AwsSecretsManagerReaderTest {

    private static MotoServer moto;
    private static SecretsManagerClient setup;

    @BeforeAll
    static void createSecrets(MotoServer server) {
        moto = server;
        setup = client(server.endpoint());
        setup.createSecret(r -> r.name("plain").secretString("hunter2"));
        setup.createSecret(r -> r.name("app/db").secretString("{\"user\": \"admin\", \"password\": \"s3cret\"}"));
        setup.createSecret(r -> r.name("blob").secretBinary(SdkBytes.fromUtf8String("bytes")));
    }

    @AfterAll
    static void closeClient() {
        if (setup != null) {
            setup.close();
        }
    }

    private static SecretsManagerClient client(URI endpoint) {
        return SecretsManagerClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .build();
    }

    private static AwsSecretsManagerReader reader() {
        return new AwsSecretsManagerReader(() -> client(moto.endpoint()));
    }

    @Test
    void readsTheSecretText() {
        try (AwsSecretsManagerReader reader = reader()) {
            assertEquals(new SecretLookup.Found("hunter2"), reader.read("plain"));
            assertEquals(
                    new SecretLookup.Found("{\"user\": \"admin\", \"password\": \"s3cret\"}"), reader.read("app/db"));
        }
    }

    @Test
    void missingAndBinarySecretsAreFailuresWithoutRequestIds() {
        try (AwsSecretsManagerReader reader = reader()) {
            SecretLookup missing = reader.read("nope");
            assertTrue(missing instanceof SecretLookup.Failed, missing::toString);
            String cause = ((SecretLookup.Failed) missing).cause();
            assertTrue(cause.startsWith("ResourceNotFoundException: "), cause);
            assertTrue(!cause.contains("Request ID") && !cause.contains("\n"), cause);
            assertEquals(new SecretLookup.Failed("Secret is not string"), reader.read("blob"));
        }
    }

    @Test
    void theFunctionsReadThroughTheRemoteSource() {
        try (RemoteSecretSource source =
                new RemoteSecretSource(reader(), new VaultReader(Map.of()), new ConsulReader(Map.of()))) {
            FunctionCatalog catalog =
                    PackerFunctions.catalog(FunctionEnvironment.system().withSecrets(source));
            assertEquals(
                    Value.string("s3cret"),
                    call(catalog, "aws_secretsmanager", Value.string("app/db"), Value.string("password")));
            assertEquals(
                    Value.string("hunter2"),
                    call(
                            catalog,
                            "aws_secretsmanager",
                            Value.string("plain"),
                            Value.nullOf(dev.kiln.stdlib.type.Type.STRING)));
            assertEquals(
                    Value.string("{\"user\": \"admin\", \"password\": \"s3cret\"}"),
                    call(catalog, "aws_secretsmanager_raw", Value.string("app/db")));
            CallResult missing =
                    catalog.lookup("aws_secretsmanager_raw").orElseThrow().call(Value.string("nope"));
            String detail = ((CallResult.Failure) missing).error().detail();
            assertTrue(
                    detail.startsWith(
                            "Call to function \"aws_secretsmanager_raw\" failed: the secret \"nope\" could not be"
                                    + " read: ResourceNotFoundException: "),
                    detail);
        }
    }

    @Test
    void theDefaultClientHonoursTheSdkEndpointSettings() {
        // The SDK reads aws.endpointUrl / AWS_ENDPOINT_URL itself; system properties stand in for
        // the environment variables, which a test cannot set.
        Map<String, String> properties = Map.of(
                "aws.endpointUrl", moto.endpoint().toString(),
                "aws.region", "us-east-1",
                "aws.accessKeyId", "testing",
                "aws.secretAccessKey", "testing");
        Map<String, String> saved = new java.util.HashMap<>();
        properties.forEach((name, value) -> {
            saved.put(name, System.getProperty(name));
            System.setProperty(name, value);
        });
        try (AwsSecretsManagerReader reader = AwsSecretsManagerReader.withDefaultClient()) {
            assertEquals(new SecretLookup.Found("hunter2"), reader.read("plain"));
        } finally {
            saved.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
    }

    @Test
    void anUnreachableEndpointIsAOneLineFailure() throws Exception {
        URI closed = URI.create("http://127.0.0.1:" + MotoServer.freeLoopbackPort());
        try (AwsSecretsManagerReader reader = new AwsSecretsManagerReader(() -> client(closed))) {
            assertEquals(new SecretLookup.Failed("connection refused"), reader.read("plain"));
        }
    }

    @Test
    void aClientThatCannotBeCreatedIsAFailureEveryTime() {
        try (AwsSecretsManagerReader reader = new AwsSecretsManagerReader(() -> {
            throw SdkClientException.create("Unable to load region from any of the providers in the chain");
        })) {
            SecretLookup expected = new SecretLookup.Failed(
                    "cannot create an AWS Secrets Manager client: Unable to load region from any of the providers in the chain");
            assertEquals(expected, reader.read("plain"));
            assertEquals(expected, reader.read("plain"));
        }
    }

    private static Value call(FunctionCatalog catalog, String name, Value... args) {
        return catalog.lookup(name).orElseThrow().call(args).value();
    }
}
