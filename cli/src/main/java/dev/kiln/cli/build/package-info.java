/**
 * The terminal UI of {@code kiln build}: human and machine-readable output, colours, live progress
 * bars and waits, secret masking and the signal trap.
 */
package dev.kiln.cli.build;
