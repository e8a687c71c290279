package dev.kiln.runtime.spi;

import dev.kiln.compiler.schema.ConfigView;

/** Makes a provisioner from its evaluated configuration (already checked against its schema). */
@FunctionalInterface
public non-sealed interface ProvisionerFactory extends PluginFactory {

    /** A provisioner configured by {@code config}. */
    Provisioner create(ConfigView config);
}
