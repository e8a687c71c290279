/** The {@code ansible} provisioner: runs ansible-playbook on the kiln host against the machine, through an SSH proxy adapter. */
package dev.kiln.runtime.provisioner.ansible;
