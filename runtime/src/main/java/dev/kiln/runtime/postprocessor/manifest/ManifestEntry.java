package dev.kiln.runtime.postprocessor.manifest;

import java.util.List;
import java.util.Map;

/**
 * One build in the manifest, field for field Packer's {@code manifest.Artifact}; {@code files} and
 * {@code customData} may be null, which Packer writes as {@code null}, and a zero
 * {@code buildTime} is left out.
 */
public record ManifestEntry(
        String name,
        String builderType,
        long buildTime,
        List<File> files,
        String artifactId,
        String packerRunUuid,
        Map<String, String> customData) {

    /** One file of the artifact, with its size in bytes (0 when it could not be read). */
    public record File(String name, long size) {}
}
