package dev.kiln.runtime.spi;

import java.util.Optional;
import java.util.function.Function;

/** Makes a builder; a builder that connects to its machine finds its communicator by type name. */
@FunctionalInterface
public non-sealed interface BuilderFactory extends PluginFactory {

    /** A builder finding communicators ({@code ssh}) through {@code communicators}. */
    Builder create(Function<String, Optional<CommunicatorFactory>> communicators);
}
