/**
 * The {@code ssh} communicator on sshj: connecting (bastions, agents, host key pins), commands,
 * SFTP/SCP transfers and reconnecting after an expected disconnect.
 */
package dev.kiln.runtime.communicator.ssh;
