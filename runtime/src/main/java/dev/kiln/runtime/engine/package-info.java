/**
 * The build engine: runs build jobs in parallel, each a sequence of steps cleaned up in reverse,
 * with provisioner retries and timeouts and the post-processor chains.
 */
package dev.kiln.runtime.engine;
