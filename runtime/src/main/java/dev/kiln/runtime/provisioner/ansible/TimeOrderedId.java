package dev.kiln.runtime.provisioner.ansible;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The SDK's time-ordered UUID: the Unix time in seconds as the first 8 hex digits, then 96 random
 * bits, formatted as a UUID. Names ansible-local's default staging directory.
 */
public final class TimeOrderedId {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedId() {}

    /** A new id, e.g. {@code 656e1c2a-9f3b-41d2-8c7e-0a1b2c3d4e5f}. */
    public static String next() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        String hex = HexFormat.of().formatHex(b);
        return String.format(
                "%08x-%s-%s-%s-%s",
                Instant.now().getEpochSecond() & 0xffffffffL,
                hex.substring(0, 4),
                hex.substring(4, 8),
                hex.substring(8, 12),
                hex.substring(12));
    }
}
