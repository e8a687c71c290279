package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.PluginKind;
import dev.kiln.runtime.spi.PluginDescriptor;

/** The {@code amazon-ebs} builder: validate-only until its steps exist. */
public final class AmazonEbsPlugin {

    private AmazonEbsPlugin() {}

    /** The plugin as the catalog lists it. */
    public static final PluginDescriptor DESCRIPTOR =
            PluginDescriptor.validateOnly(PluginKind.BUILDER, "amazon-ebs", AmazonEbsSchema.SCHEMA);
}
