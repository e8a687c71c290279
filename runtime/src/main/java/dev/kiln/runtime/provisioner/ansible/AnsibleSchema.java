package dev.kiln.runtime.provisioner.ansible;

import static dev.kiln.compiler.schema.AttributeSchema.bool;
import static dev.kiln.compiler.schema.AttributeSchema.number;
import static dev.kiln.compiler.schema.AttributeSchema.string;
import static dev.kiln.compiler.schema.AttributeSchema.stringList;

import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.ConfigRules;
import dev.kiln.compiler.schema.RuleViolation;
import dev.kiln.runtime.spi.PackerCoreSchema;
import dev.kiln.stdlib.value.Value;
import java.util.List;
import java.util.Locale;

/**
 * The {@code ansible} provisioner of the hashicorp/ansible plugin: runs ansible-playbook on the
 * machine running the build, against the machine being built (through a local SSH proxy by
 * default). Checks that need the local system (files exist, ansible's version) run when the
 * provisioner starts, in {@link AnsibleConfig}.
 */
public final class AnsibleSchema {

    private AnsibleSchema() {}

    /** The schema. */
    public static final BlockSchema SCHEMA = BlockSchema.builder(
                    "Runs Ansible playbooks from this machine against the machine being built.")
            .include(PackerCoreSchema.SCHEMA)
            .attribute(
                    string("command", "The ansible-playbook executable.").withDefault(Value.string("ansible-playbook")))
            .attribute(stringList("extra_arguments", "Extra arguments to ansible-playbook."))
            .attribute(stringList("ansible_env_vars", "KEY=VALUE environment variables for ansible-playbook."))
            .attribute(string("playbook_file", "The playbook to run (required)."))
            .attribute(
                    stringList("ansible_ssh_extra_args", "Values of --ssh-extra-args (default -o IdentitiesOnly=yes)."))
            .attribute(stringList("groups", "Inventory groups the host is put in."))
            .attribute(stringList("empty_groups", "Inventory groups that stay empty."))
            .attribute(string("host_alias", "The host's name in the inventory.").withDefault(Value.string("default")))
            .attribute(string("user", "The ansible_user (default: the user running kiln)."))
            .attribute(number("local_port", "First port the proxy adapter tries (default: any free port)."))
            .attribute(string("ssh_host_key_file", "Private host key of the proxy adapter (default: generated)."))
            .attribute(string(
                    "ssh_authorized_key_file", "Public key ansible logs in to the adapter with (default: generated)."))
            .attribute(string("ansible_proxy_key_type", "Type of the generated adapter keys: ECDSA or RSA.")
                    .withDefault(Value.string("ECDSA")))
            .attribute(string("sftp_command", "Command that serves SFTP on the machine.")
                    .withDefault(Value.string("/usr/lib/sftp-server -e")))
            .attribute(bool("skip_version_check", "Do not run ansible-playbook --version first."))
            .attribute(bool("use_sftp", "Let ansible transfer files with SFTP instead of SCP."))
            .attribute(string("inventory_directory", "Directory the generated inventory file is written to."))
            .attribute(string("inventory_file_template", "Go template of the generated inventory's host line."))
            .attribute(string("inventory_file", "Inventory file to use instead of a generated one."))
            .attribute(bool("keep_inventory_file", "Keep the generated inventory file."))
            .attribute(string("galaxy_file", "Requirements file for ansible-galaxy, run first."))
            .attribute(string("galaxy_command", "The ansible-galaxy executable.")
                    .withDefault(Value.string("ansible-galaxy")))
            .attribute(bool("galaxy_force_install", "Pass -f to ansible-galaxy."))
            .attribute(bool("galaxy_force_with_deps", "Pass --force-with-deps to ansible-galaxy."))
            .attribute(string("roles_path", "Directory ansible-galaxy installs roles into."))
            .attribute(string("collections_path", "Directory ansible-galaxy installs collections into."))
            .attribute(bool("use_proxy", "Connect ansible through the local proxy adapter (default true)."))
            .attribute(bool("ansible_winrm_use_http", "Add -e ansible_winrm_scheme=http."))
            .rule(ConfigRules.required("playbook_file", "playbook_file must be specified."))
            .rule(c -> c.number("local_port")
                    .filter(p -> p.longValue() > 65535)
                    .map(p -> List.of(RuleViolation.error(
                            "local_port", "local_port: " + p.toBigInteger() + " must be a valid port")))
                    .orElse(List.of()))
            .rule(c -> c.nonEmptyString("ansible_proxy_key_type")
                    .map(t -> t.toUpperCase(Locale.ROOT))
                    .filter(t -> !t.equals("ECDSA") && !t.equals("RSA"))
                    .map(t -> List.of(RuleViolation.error(
                            "ansible_proxy_key_type",
                            "Invalid value for ansible_proxy_key_type: \"" + t
                                    + "\". Supported values are ECDSA or RSA.")))
                    .orElse(List.of()))
            .build();
}
