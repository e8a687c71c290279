/**
 * Block schemas as plain data: attributes (type, default, format, description), nested block
 * types and {@code ConfigRule}s (Packer's {@code Prepare} checks); one schema serves decoding,
 * validation, did-you-mean, {@code inspect} and docs. {@code PluginSchemas} is how the compiler
 * asks for a plugin's schema without knowing any plugin.
 */
package dev.kiln.compiler.schema;
