/** The {@code artifice} post-processor: replaces an artifact with files named by globs. */
package dev.kiln.runtime.postprocessor.artifice;
