package dev.kiln.runtime.aws;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * Points every AWS SDK client built while it is open at {@code endpoint} with fake credentials,
 * through the SDK's own system properties ({@code aws.endpointUrl} ...), which stand in for the
 * {@code AWS_*} environment variables a test cannot set. Closing restores the previous values.
 */
public final class SdkEndpoint implements AutoCloseable {

    private final Map<String, String> saved = new HashMap<>();

    private SdkEndpoint(Map<String, String> properties) {
        properties.forEach((name, value) -> {
            saved.put(name, System.getProperty(name));
            System.setProperty(name, value);
        });
    }

    /** The SDK's settings for {@code endpoint} in us-east-1 with the credentials moto accepts. */
    public static SdkEndpoint use(URI endpoint) {
        return new SdkEndpoint(Map.of(
                "aws.endpointUrl", endpoint.toString(),
                "aws.region", "us-east-1",
                "aws.accessKeyId", "testing",
                "aws.secretAccessKey", "testing"));
    }

    @Override
    public void close() {
        saved.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }
}
