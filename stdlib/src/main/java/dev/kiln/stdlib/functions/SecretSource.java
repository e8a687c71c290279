package dev.kiln.stdlib.functions;

/**
 * Reads secrets from the stores Packer's secret functions talk to. The standard library does no
 * network I/O itself: the runtime provides a source that does, and {@link #NOT_AVAILABLE} stands
 * in while templates are only validated.
 *
 * <p>Implementations never throw: every problem becomes a {@link SecretLookup.Failed} whose
 * cause is a short sentence fit for a diagnostic ("connection refused", "access denied").
 */
public interface SecretSource {

    /** A source that answers {@link SecretLookup.NotAvailable} for everything. */
    SecretSource NOT_AVAILABLE = new SecretSource() {
        @Override
        public SecretLookup awsSecret(String name) {
            return SecretLookup.NotAvailable.INSTANCE;
        }

        @Override
        public SecretLookup vaultSecret(String path) {
            return SecretLookup.NotAvailable.INSTANCE;
        }

        @Override
        public SecretLookup consulKey(String key) {
            return SecretLookup.NotAvailable.INSTANCE;
        }
    };

    /** The {@code SecretString} of the {@code AWSCURRENT} version of the AWS Secrets Manager secret {@code name}. */
    SecretLookup awsSecret(String name);

    /**
     * The JSON body of Vault's answer to {@code GET /v1/PATH} (an object whose {@code data} holds
     * the secret, and {@code warnings}); a missing secret is a failure.
     */
    SecretLookup vaultSecret(String path);

    /** The value stored in Consul's KV store at {@code key}, decoded as UTF-8; a missing key is a failure. */
    SecretLookup consulKey(String key);
}
