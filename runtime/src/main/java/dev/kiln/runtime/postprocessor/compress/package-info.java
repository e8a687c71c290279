/** The {@code compress} post-processor: archives and compresses an artifact's files. */
package dev.kiln.runtime.postprocessor.compress;
