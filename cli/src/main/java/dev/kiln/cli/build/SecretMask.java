package dev.kiln.cli.build;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Replaces every sensitive value in printed text with {@code <sensitive>}, as Packer's log secret filter. */
public final class SecretMask {

    /** A mask that changes nothing. */
    public static final SecretMask NONE = new SecretMask(List.of());

    private final List<String> secrets;

    /** A mask of {@code secrets}; empty strings are ignored (they would match everywhere). */
    public SecretMask(Collection<String> secrets) {
        // Longest first, so a secret containing another is masked whole.
        this.secrets = secrets.stream()
                .filter(s -> s != null && !s.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** {@code text} with every secret replaced. */
    public String apply(String text) {
        String out = text;
        for (String secret : secrets) out = out.replace(secret, "<sensitive>");
        return out;
    }
}
