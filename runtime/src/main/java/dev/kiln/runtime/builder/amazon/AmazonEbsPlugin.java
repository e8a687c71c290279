package dev.kiln.runtime.builder.amazon;

import dev.kiln.runtime.spi.PluginDescriptor;
import java.nio.file.Path;

/** The {@code amazon-ebs} builder; its run journals go under the working directory's {@code .kiln/runs}. */
public final class AmazonEbsPlugin {

    private AmazonEbsPlugin() {}

    /** The plugin as the catalog lists it. */
    public static final PluginDescriptor DESCRIPTOR = PluginDescriptor.builder(
            "amazon-ebs",
            AmazonEbsSchema.SCHEMA,
            communicators -> new AmazonEbsBuilder(communicators, Path.of("").toAbsolutePath(), System.getenv()));
}
