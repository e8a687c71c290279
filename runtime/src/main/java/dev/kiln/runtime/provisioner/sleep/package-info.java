/** The {@code sleep} provisioner: waits for a duration. */
package dev.kiln.runtime.provisioner.sleep;
