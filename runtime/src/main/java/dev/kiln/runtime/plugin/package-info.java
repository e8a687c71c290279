/**
 * What the built-in plugins share beyond the contract: Packer's Go-template interpolation inside
 * option values ({@link dev.kiln.runtime.plugin.GoTemplate}), exit-code checks, retries, pauses and
 * Packer-worded failures. Plugins read their options from the compiler's
 * {@link dev.kiln.compiler.schema.ConfigView}, whose defaults come from the plugin's schema.
 */
package dev.kiln.runtime.plugin;
