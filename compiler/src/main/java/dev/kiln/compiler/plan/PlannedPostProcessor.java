package dev.kiln.compiler.plan;

/**
 * A post-processor of a chain: type, display name (null when unnamed), {@code keep_input_artifact}
 * (null when unset: the post-processor decides) and its configuration.
 */
public record PlannedPostProcessor(String type, String name, Boolean keepInputArtifact, PluginConfig config) {}
