package dev.kiln.runtime.builder.nullbuilder;

import dev.kiln.runtime.spi.Artifact;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The null builder's artifact: nothing, with Packer's id, builder id and text. */
public final class NullArtifact implements Artifact {

    /** Packer's null builder id (kept from the plugin's original author). */
    public static final String BUILDER_ID = "fnoeding.null";

    @Override
    public String builderId() {
        return BUILDER_ID;
    }

    @Override
    public List<Path> files() {
        return List.of();
    }

    @Override
    public String id() {
        return "Null";
    }

    @Override
    public String description() {
        return "Did not export anything. This is the null builder";
    }

    @Override
    public Map<String, String> state() {
        return Map.of("ID", "Null");
    }

    @Override
    public void destroy() {}

    @Override
    public String toString() {
        return description();
    }
}
