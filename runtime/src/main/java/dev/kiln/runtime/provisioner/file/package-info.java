/** The {@code file} provisioner: uploads or downloads files and directories over the communicator. */
package dev.kiln.runtime.provisioner.file;
