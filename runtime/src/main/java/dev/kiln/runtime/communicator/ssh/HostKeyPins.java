package dev.kiln.runtime.communicator.ssh;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.transport.verification.HostKeyVerifier;

/**
 * Trust on first use for one build: the first key each host:port presents is pinned, and a
 * different key later (a reconnect after a reboot that regenerated keys, or a man in the middle)
 * is rejected. A fresh machine's key cannot be known in advance, so this is what Packer does too.
 */
final class HostKeyPins implements HostKeyVerifier {

    private final Map<String, PublicKey> pinned = new ConcurrentHashMap<>();
    private final Map<String, String> mismatches = new ConcurrentHashMap<>();
    private final SshProgress progress;

    HostKeyPins(SshProgress progress) {
        this.progress = progress;
    }

    @Override
    public boolean verify(String hostname, int port, PublicKey key) {
        String address = hostname + ":" + port;
        PublicKey first = pinned.putIfAbsent(address, key);
        if (first == null) {
            progress.say("SSH host key fingerprint: " + fingerprint(key));
            return true;
        }
        if (first.equals(key)) return true;
        mismatches.put(
                address,
                "ssh: host key for " + address + " changed during the build: pinned " + fingerprint(first) + ", now "
                        + fingerprint(key) + " (" + KeyType.fromKey(key) + ")");
        return false;
    }

    /** Offers the pinned key's algorithms first so a server with several host keys shows the same one again. */
    @Override
    public List<String> findExistingAlgorithms(String hostname, int port) {
        PublicKey key = pinned.get(hostname + ":" + port);
        if (key == null) return List.of();
        KeyType type = KeyType.fromKey(key);
        if (type == KeyType.RSA) return List.of("rsa-sha2-512", "rsa-sha2-256", "ssh-rsa");
        return List.of(type.toString());
    }

    /** The mismatch message recorded for {@code address} by the last failed verification, if any. */
    Optional<String> takeMismatch(String address) {
        return Optional.ofNullable(mismatches.remove(address));
    }

    /** OpenSSH's {@code SHA256:base64} fingerprint of the key's wire encoding. */
    static String fingerprint(PublicKey key) {
        byte[] blob = new Buffer.PlainBuffer().putPublicKey(key).getCompactData();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
