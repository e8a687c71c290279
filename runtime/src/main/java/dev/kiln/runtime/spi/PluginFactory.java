package dev.kiln.runtime.spi;

/**
 * How a plugin is made to run, or the explicit statement that kiln only checks it: each
 * {@link PluginDescriptor} has exactly one.
 */
public sealed interface PluginFactory
        permits BuilderFactory,
                ProvisionerFactory,
                PostProcessorFactory,
                DataSourceFactory,
                PluginFactory.ValidateOnly {

    /** The plugin is checked by {@code validate} and {@code inspect}, but {@code build} cannot run it. */
    record ValidateOnly() implements PluginFactory {}

    /** The one {@link ValidateOnly} value. */
    PluginFactory VALIDATE_ONLY = new ValidateOnly();
}
