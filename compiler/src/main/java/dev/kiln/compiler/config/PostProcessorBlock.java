package dev.kiln.compiler.config;

import dev.kiln.compiler.decode.DecodedBody;

/**
 * A {@code post-processor} block: the meta-arguments ({@code name}, {@code only}, {@code except},
 * {@code keep_input_artifact}; see {@link TemplateSchemas#POST_PROCESSOR_META}) and the plugin part.
 */
public record PostProcessorBlock(DecodedBody meta, PluginBlock plugin) {}
