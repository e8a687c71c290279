package dev.kiln.runtime.spi;

import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.PluginKind;
import java.util.Objects;

/**
 * Everything kiln knows of one plugin: its kind, its type name ({@code source "TYPE"},
 * {@code provisioner "TYPE"} ...), the schema its body is checked against, and how it is made (or
 * that it is validate-only). Each plugin package exports one; the catalog lists them. Factories
 * are lambdas, so listing a plugin loads none of its classes until it runs.
 */
public record PluginDescriptor(PluginKind kind, String type, BlockSchema schema, PluginFactory factory) {

    public PluginDescriptor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(factory, "factory");
        if (!(factory instanceof PluginFactory.ValidateOnly) && !fits(kind, factory)) {
            throw new IllegalArgumentException(
                    kind + " " + type + " has a " + factory.getClass().getSimpleName());
        }
    }

    /** A builder. */
    public static PluginDescriptor builder(String type, BlockSchema schema, BuilderFactory factory) {
        return new PluginDescriptor(PluginKind.BUILDER, type, schema, factory);
    }

    /** A provisioner. */
    public static PluginDescriptor provisioner(String type, BlockSchema schema, ProvisionerFactory factory) {
        return new PluginDescriptor(PluginKind.PROVISIONER, type, schema, factory);
    }

    /** A post-processor. */
    public static PluginDescriptor postProcessor(String type, BlockSchema schema, PostProcessorFactory factory) {
        return new PluginDescriptor(PluginKind.POST_PROCESSOR, type, schema, factory);
    }

    /** A data source. */
    public static PluginDescriptor dataSource(String type, BlockSchema schema, DataSourceFactory factory) {
        return new PluginDescriptor(PluginKind.DATA_SOURCE, type, schema, factory);
    }

    /** A plugin {@code validate} and {@code inspect} check, which {@code build} cannot run yet. */
    public static PluginDescriptor validateOnly(PluginKind kind, String type, BlockSchema schema) {
        return new PluginDescriptor(kind, type, schema, PluginFactory.VALIDATE_ONLY);
    }

    /** Whether {@code build} can run it. */
    public boolean runs() {
        return !(factory instanceof PluginFactory.ValidateOnly);
    }

    private static boolean fits(PluginKind kind, PluginFactory factory) {
        return switch (kind) {
            case BUILDER -> factory instanceof BuilderFactory;
            case PROVISIONER -> factory instanceof ProvisionerFactory;
            case POST_PROCESSOR -> factory instanceof PostProcessorFactory;
            case DATA_SOURCE -> factory instanceof DataSourceFactory;
        };
    }
}
