package dev.kiln.runtime.provisioner.ansiblelocal;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.plugin.PluginConfigException;
import dev.kiln.runtime.provisioner.ansible.PathChecks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ansible-local} options (see {@link AnsibleLocalSchema}) with the defaults that depend on
 * other options applied: the staging directory (a new one per run under
 * {@value #DEFAULT_STAGING_DIR}) and the galaxy paths inside it. {@code playbookFiles} are absolute.
 */
public record AnsibleLocalConfig(
        String command,
        List<String> extraArguments,
        String groupVars,
        String hostVars,
        String playbookDir,
        String playbookFile,
        List<String> playbookFiles,
        List<String> playbookPaths,
        List<String> rolePaths,
        List<String> collectionPaths,
        String stagingDir,
        boolean cleanStagingDir,
        String inventoryFile,
        List<String> inventoryGroups,
        String galaxyFile,
        String galaxyCommand,
        boolean galaxyForceInstall,
        String galaxyRolesPath,
        String galaxyCollectionsPath,
        String buildName,
        String builderType) {

    /** Where staging directories go unless {@code staging_directory} says otherwise. */
    public static final String DEFAULT_STAGING_DIR = "/tmp/packer-provisioner-ansible-local";

    /**
     * Decodes the options and checks the local files and directories they name, with the plugin's
     * messages; {@code runId} names the default staging directory.
     */
    public static AnsibleLocalConfig decode(ConfigView c, String runId) throws PluginConfigException {
        String staging = c.text("staging_directory");
        if (staging.isEmpty()) staging = DEFAULT_STAGING_DIR + "/" + runId;
        String rolesPath = c.text("galaxy_roles_path");
        if (rolesPath.isEmpty()) rolesPath = staging + "/galaxy_roles";
        String collectionsPath = c.text("galaxy_collections_path");
        if (collectionsPath.isEmpty()) collectionsPath = staging + "/galaxy_collections";

        List<String> errors = new ArrayList<>();
        String playbookFile = c.text("playbook_file");
        if (!playbookFile.isEmpty()) PathChecks.file(playbookFile, "playbook_file", errors);
        List<String> playbookFiles = new ArrayList<>();
        for (String file : c.strings("playbook_files")) {
            int before = errors.size();
            PathChecks.file(file, "playbook_files", errors);
            if (errors.size() == before)
                playbookFiles.add(Path.of(file).toAbsolutePath().normalize().toString());
        }
        String inventoryFile = c.text("inventory_file");
        if (!inventoryFile.isEmpty()) PathChecks.file(inventoryFile, "inventory_file", errors);
        String galaxyFile = c.text("galaxy_file");
        if (!galaxyFile.isEmpty()) PathChecks.file(galaxyFile, "galaxy_file", errors);
        for (String option : List.of("playbook_dir", "group_vars", "host_vars")) {
            if (!c.text(option).isEmpty()) PathChecks.directory(c.text(option), option, errors);
        }
        for (String option : List.of("playbook_paths", "role_paths", "collection_paths")) {
            for (String dir : c.strings(option)) PathChecks.directory(dir, option, errors);
        }
        PluginConfigException.throwIfAny(errors);
        return new AnsibleLocalConfig(
                c.text("command"),
                c.strings("extra_arguments"),
                c.text("group_vars"),
                c.text("host_vars"),
                c.text("playbook_dir"),
                playbookFile,
                List.copyOf(playbookFiles),
                c.strings("playbook_paths"),
                c.strings("role_paths"),
                c.strings("collection_paths"),
                staging,
                c.isTrue("clean_staging_directory"),
                inventoryFile,
                c.strings("inventory_groups"),
                galaxyFile,
                c.text("galaxy_command"),
                c.isTrue("galaxy_force_install"),
                rolesPath,
                collectionsPath,
                c.text("packer_build_name"),
                c.text("packer_builder_type"));
    }
}
