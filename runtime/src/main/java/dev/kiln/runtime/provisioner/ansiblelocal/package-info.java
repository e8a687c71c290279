/** The {@code ansible-local} provisioner: stages playbooks on the machine and runs ansible-playbook there. */
package dev.kiln.runtime.provisioner.ansiblelocal;
