package dev.kiln.runtime.provisioner.ansiblelocal;

import static dev.kiln.compiler.schema.AttributeSchema.bool;
import static dev.kiln.compiler.schema.AttributeSchema.string;
import static dev.kiln.compiler.schema.AttributeSchema.stringList;

import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.ConfigRules;
import dev.kiln.runtime.spi.PackerCoreSchema;
import dev.kiln.stdlib.value.Value;

/**
 * The {@code ansible-local} provisioner of the hashicorp/ansible plugin: uploads playbooks and roles
 * and runs ansible-playbook on the machine being built. Checks that need the local file system
 * (files exist) run when the provisioner starts, in {@link AnsibleLocalConfig}.
 */
public final class AnsibleLocalSchema {

    private AnsibleLocalSchema() {}

    /** The schema. */
    public static final BlockSchema SCHEMA = BlockSchema.builder("Runs Ansible playbooks on the machine being built.")
            .include(PackerCoreSchema.SCHEMA)
            .attribute(string("command", "Command that runs ansible-playbook on the machine.")
                    .withDefault(Value.string("ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook")))
            .attribute(stringList("extra_arguments", "Extra arguments to ansible-playbook."))
            .attribute(string("group_vars", "Local group_vars directory to upload."))
            .attribute(string("host_vars", "Local host_vars directory to upload."))
            .attribute(string("playbook_dir", "Local Ansible directory uploaded as the staging directory first."))
            .attribute(string("playbook_file", "The playbook to run (exclusive with playbook_files)."))
            .attribute(stringList("playbook_files", "Playbooks to run in order (exclusive with playbook_file)."))
            .attribute(stringList("playbook_paths", "Directories of playbooks uploaded under staging/playbooks."))
            .attribute(stringList("role_paths", "Role directories uploaded under staging/roles."))
            .attribute(stringList("collection_paths", "Collection directories uploaded under staging/collections."))
            .attribute(string("staging_directory", "Remote directory the files are uploaded to."))
            .attribute(bool("clean_staging_directory", "Remove the staging directory after Ansible ran."))
            .attribute(string("inventory_file", "Local inventory file to upload and use."))
            .attribute(stringList("inventory_groups", "Groups the generated inventory puts 127.0.0.1 in."))
            .attribute(string("galaxy_file", "Requirements file for ansible-galaxy, run on the machine first."))
            .attribute(string("galaxy_command", "Command that runs ansible-galaxy.")
                    .withDefault(Value.string("ansible-galaxy")))
            .attribute(bool("galaxy_force_install", "Pass -f to ansible-galaxy."))
            .attribute(string("galaxy_roles_path", "Remote directory galaxy roles are installed into."))
            .attribute(string("galaxy_collections_path", "Remote directory galaxy collections are installed into."))
            .rule(ConfigRules.errorWhen(
                    "playbook_files",
                    c -> c.isNonZero("playbook_file") && c.isNonZero("playbook_files"),
                    "Either playbook_file or playbook_files can be specified, not both"))
            .rule(ConfigRules.atLeastOne(
                    "Either playbook_file or playbook_files must be specified", "playbook_file", "playbook_files"))
            .build();
}
