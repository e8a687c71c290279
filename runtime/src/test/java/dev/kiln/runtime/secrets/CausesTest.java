package dev.kiln.runtime.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

class CausesTest {

    @Test
    void missingAwsCredentialsAreOneReadableSentence() {
        SdkClientException sdk = SdkClientException.create("Unable to load credentials from any of the providers in the"
                + " chain AwsCredentialsProviderChain(credentialsProviders=[SystemPropertyCredentialsProvider(),"
                + " EnvironmentVariableCredentialsProvider(), ProfileCredentialsProvider(profileName=default)]) :"
                + " [SystemPropertyCredentialsProvider(): Unable to load credentials from system settings. ...]");
        assertEquals(Causes.NO_AWS_CREDENTIALS, Causes.describe(new RuntimeException("wrapped", sdk)));
    }

    @Test
    void aRefusedConnectionIsNamed() {
        assertEquals("connection refused", Causes.describe(new RuntimeException(new ConnectException())));
    }
}
