package dev.kiln.runtime.provisioner.ansible;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * What a {@code galaxy_file} (an ansible-galaxy requirements file) asks for, read as the plugin reads
 * it: a line starting with {@code roles:} or {@code collections:}. A file with neither is the old
 * format, a plain list of roles.
 */
public record GalaxyFile(boolean hasRoles, boolean hasCollections) {

    private static final Pattern ROLES = Pattern.compile("(?m)^roles:");
    private static final Pattern COLLECTIONS = Pattern.compile("(?m)^collections:");

    /** Reads {@code file}. */
    public static GalaxyFile read(Path file) throws IOException {
        String text = Files.readString(file);
        return new GalaxyFile(
                ROLES.matcher(text).find(), COLLECTIONS.matcher(text).find());
    }

    /** Whether roles are installed: a {@code roles:} key, or the old format without {@code collections:}. */
    public boolean installsRoles() {
        return hasRoles || !hasCollections;
    }
}
