/** The {@code shell} provisioner: uploads scripts and runs them remotely with the build's environment. */
package dev.kiln.runtime.provisioner.shell;
