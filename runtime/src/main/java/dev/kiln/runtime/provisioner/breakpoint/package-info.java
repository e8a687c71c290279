/** The {@code breakpoint} provisioner: pauses the build until the user presses enter. */
package dev.kiln.runtime.provisioner.breakpoint;
