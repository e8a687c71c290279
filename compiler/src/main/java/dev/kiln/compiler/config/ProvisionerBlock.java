package dev.kiln.compiler.config;

import dev.kiln.compiler.decode.DecodedBody;

/**
 * A {@code provisioner} (or {@code error-cleanup-provisioner}) block: the meta-arguments core
 * handles ({@code name}, {@code only}, {@code except}, {@code pause_before}, {@code max_retries},
 * {@code timeout}, {@code continue_on_error}, {@code override}; see {@link TemplateSchemas#PROVISIONER_META})
 * and the plugin part.
 */
public record ProvisionerBlock(DecodedBody meta, PluginBlock plugin) {}
