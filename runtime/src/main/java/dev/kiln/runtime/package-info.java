/** The runtime: runs the compiler's Plan; {@link dev.kiln.runtime.PluginCatalog} lists every plugin once. */
package dev.kiln.runtime;
