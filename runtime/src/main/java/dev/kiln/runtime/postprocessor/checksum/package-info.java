/** The {@code checksum} post-processor: writes checksum files of an artifact's files. */
package dev.kiln.runtime.postprocessor.checksum;
