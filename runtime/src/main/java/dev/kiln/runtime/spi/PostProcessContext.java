package dev.kiln.runtime.spi;

import java.nio.file.Path;

/**
 * Everything a post-processor sees: its UI (target {@code BUILD (TYPE)}), the build's name, builder
 * type and source name (the manifest's {@code name}), the {@code build.*} values (with
 * {@code PackerRunUUID}), {@code -force}, the build state (for cancellation) and the directory
 * relative paths are resolved against.
 */
public record PostProcessContext(
        Ui ui,
        String buildName,
        String builderType,
        String sourceName,
        BuildVariables buildVariables,
        boolean force,
        BuildState state,
        Path workingDirectory) {}
