package dev.kiln.compiler.config;

import dev.kiln.compiler.decode.ConfigBody;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.schema.PluginSchemas;
import dev.kiln.compiler.source.SourceRange;

/**
 * Decodes the blocks a {@code dynamic "provisioner"} or {@code dynamic "post-processor"} block of a
 * build generates, once its labels are known (at planning), exactly as the static blocks are
 * decoded when loading: meta-arguments, the plugin body with the plugin's schema, unknown types.
 */
public final class DynamicBuildParts {

    private final PluginBlocks plugins;

    /** Decoding with the schemas of {@code plugins}. */
    public DynamicBuildParts(PluginSchemas plugins) {
        this.plugins = new PluginBlocks(plugins);
    }

    /** A provisioner of {@code type} with {@code body} (the dynamic block's content); {@code typeRange} is its labels. */
    public ProvisionerBlock provisioner(
            ConfigBody body, String type, SourceRange typeRange, SourceRange definition, Diagnostics diagnostics) {
        return BuildDecoder.provisioner(plugins, "provisioner", body, type, typeRange, definition, diagnostics);
    }

    /** A post-processor of {@code type} with {@code body} (the dynamic block's content). */
    public PostProcessorBlock postProcessor(
            ConfigBody body, String type, SourceRange typeRange, SourceRange definition, Diagnostics diagnostics) {
        return BuildDecoder.postProcessor(plugins, body, type, typeRange, definition, diagnostics);
    }
}
