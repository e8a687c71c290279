/** The {@code shell-local} post-processor: runs commands on the kiln host with the artifact's data. */
package dev.kiln.runtime.postprocessor.shelllocal;
