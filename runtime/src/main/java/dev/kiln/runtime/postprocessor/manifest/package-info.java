/** The {@code manifest} post-processor: appends each build's artifacts to a JSON manifest file. */
package dev.kiln.runtime.postprocessor.manifest;
