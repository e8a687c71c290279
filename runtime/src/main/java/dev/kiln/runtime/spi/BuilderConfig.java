package dev.kiln.runtime.spi;

import dev.kiln.compiler.schema.ConfigView;

/**
 * What a {@link Builder} is given to make its steps: the build's identity, its evaluated source
 * configuration, the run options, and the provisioning step to place where the machine is ready
 * (as Packer builders place {@code StepProvision}).
 */
public record BuilderConfig(
        String buildName,
        String sourceType,
        String sourceName,
        ConfigView config,
        boolean force,
        boolean debug,
        Step provisioning) {}
