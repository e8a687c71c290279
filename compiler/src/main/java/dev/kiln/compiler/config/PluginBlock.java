package dev.kiln.compiler.config;

import dev.kiln.compiler.decode.ConfigBody;
import dev.kiln.compiler.decode.DecodedBody;
import dev.kiln.compiler.source.SourceRange;

/**
 * A block configuring a plugin component ({@code source "amazon-ebs" "x"}, a provisioner's plugin
 * part ...): its type, its body without the meta-arguments core handles, and that body decoded
 * with the plugin's schema ({@code config}: null when the type is unknown).
 */
public record PluginBlock(
        String type, ConfigBody body, DecodedBody config, SourceRange typeRange, SourceRange definitionRange) {}
