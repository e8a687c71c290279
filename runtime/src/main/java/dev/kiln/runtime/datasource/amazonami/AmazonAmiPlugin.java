package dev.kiln.runtime.datasource.amazonami;

import dev.kiln.runtime.spi.PluginDescriptor;

/** The {@code amazon-ami} data source; the AWS SDK loads on its first {@code data} block only. */
public final class AmazonAmiPlugin {

    private AmazonAmiPlugin() {}

    /** The plugin as the catalog lists it. */
    public static final PluginDescriptor DESCRIPTOR = PluginDescriptor.dataSource(
            "amazon-ami", AmazonAmiSchema.SCHEMA, () -> AmazonAmiDataSource.withDefaultChains());
}
