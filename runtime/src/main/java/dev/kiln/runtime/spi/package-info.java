/**
 * The plugin contract: what the engine and every builder, provisioner, post-processor and
 * communicator agree on (steps, build state and its standard keys, contexts, artifacts, the UI, and
 * the schema parts core gives every plugin). It imports nothing else of the runtime.
 */
package dev.kiln.runtime.spi;
