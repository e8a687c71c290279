package dev.kiln.runtime.spi;

/**
 * What a post-processor returns, as Packer's {@code PostProcess}: the new artifact (null ends the
 * chain), whether it wants its input kept by default, and whether that wish overrides a user's
 * {@code keep_input_artifact = false}.
 */
public record PostProcessResult(Artifact artifact, boolean keepInput, boolean forceOverride) {}
