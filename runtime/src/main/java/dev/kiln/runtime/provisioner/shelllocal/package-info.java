/** The {@code shell-local} provisioner: runs commands and scripts on the kiln host. */
package dev.kiln.runtime.provisioner.shelllocal;
