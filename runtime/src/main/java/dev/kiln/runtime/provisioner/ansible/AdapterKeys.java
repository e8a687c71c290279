package dev.kiln.runtime.provisioner.ansible;

import dev.kiln.runtime.plugin.PluginFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;

/**
 * The proxy adapter's keys, as the plugin makes them: a host key (loaded from
 * {@code ssh_host_key_file} or generated) and the one public key ansible may log in with (read from
 * {@code ssh_authorized_key_file}, or generated, with the private half written to a temporary file
 * that is passed to ansible-playbook). Generated keys are ECDSA P-384 or RSA 2048.
 */
final class AdapterKeys {

    private AdapterKeys() {}

    /** The login key: its public half, and the private key file ansible uses (null when the user gave only a public key). */
    record UserKey(PublicKey publicKey, Path privateKeyFile) {}

    /** The login key of {@code ssh_authorized_key_file}, or a generated one of {@code keyType}. */
    static UserKey userKey(String authorizedKeyFile, String keyType) throws PluginFailure {
        if (!authorizedKeyFile.isEmpty()) {
            List<AuthorizedKeyEntry> entries;
            try {
                entries = AuthorizedKeyEntry.readAuthorizedKeys(Path.of(authorizedKeyFile));
            } catch (IOException | RuntimeException e) {
                throw new PluginFailure("Failed to read public key");
            }
            try {
                if (entries.isEmpty()) throw new GeneralSecurityException("no key");
                return new UserKey(entries.get(0).resolvePublicKey(null, PublicKeyEntryResolver.FAILING), null);
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                throw new PluginFailure("Failed to parse authorized key");
            }
        }
        KeyPair pair = generate(keyType);
        try {
            Path file = Files.createTempFile("ansible-key", "");
            // A PEM PKCS#8 private key, which OpenSSH reads for both key types; the temp file is owner-only.
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(pair.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            Files.writeString(file, pem, StandardCharsets.US_ASCII);
            return new UserKey(pair.getPublic(), file);
        } catch (IOException e) {
            throw new PluginFailure("failed to write private key to temp file");
        }
    }

    /** The host key of {@code hostKeyFile}, or a generated one of {@code keyType}. */
    static KeyPair hostKey(String hostKeyFile, String keyType) throws PluginFailure {
        if (hostKeyFile.isEmpty()) return generate(keyType);
        if (!Files.isReadable(Path.of(hostKeyFile)))
            throw new PluginFailure("error creating host signer: Failed to load private host key");
        try {
            Iterator<KeyPair> keys =
                    new FileKeyPairProvider(Path.of(hostKeyFile)).loadKeys(null).iterator();
            if (keys.hasNext()) return keys.next();
        } catch (RuntimeException e) {
            // MINA wraps I/O and key errors of lazily loaded keys in runtime exceptions; reported below with the
            // plugin's message.
        }
        throw new PluginFailure("error creating host signer: Failed to parse private host key");
    }

    private static KeyPair generate(String keyType) throws PluginFailure {
        try {
            if (keyType.equals("RSA")) {
                KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
                rsa.initialize(2048);
                return rsa.generateKeyPair();
            }
            KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
            ec.initialize(new ECGenParameterSpec("secp384r1"));
            return ec.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new PluginFailure("Failed to generate key pair");
        }
    }
}
