package dev.kiln.runtime.provisioner.ansible;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.plugin.PluginConfigException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ansible} options (see {@link AnsibleSchema}) as the plugin's Prepare leaves them: the
 * user defaults to the one running kiln, {@code ANSIBLE_HOST_KEY_CHECKING=False} is added unless
 * the adapter's host key is given, {@code ANSIBLE_SCP_IF_SSH=True} unless {@code use_sftp}, and
 * {@code ansibleMajorVersion} is what {@code ansible-playbook --version} reported (0 when skipped).
 */
public record AnsibleConfig(
        String command,
        List<String> extraArguments,
        List<String> ansibleEnvVars,
        String playbookFile,
        List<String> sshExtraArgs,
        List<String> groups,
        List<String> emptyGroups,
        String hostAlias,
        String user,
        boolean userWasEmpty,
        int localPort,
        String sshHostKeyFile,
        String sshAuthorizedKeyFile,
        String keyType,
        String sftpCommand,
        String inventoryDirectory,
        String inventoryFileTemplate,
        String inventoryFile,
        boolean keepInventoryFile,
        String galaxyFile,
        String galaxyCommand,
        boolean galaxyForceInstall,
        boolean galaxyForceWithDeps,
        String rolesPath,
        String collectionsPath,
        boolean useProxy,
        int ansibleMajorVersion,
        String buildName,
        String builderType) {

    /** How long {@code ansible-playbook --version} may take. */
    static final Duration VERSION_CHECK_TIMEOUT = Duration.ofMinutes(1);

    private static final Pattern VERSION = Pattern.compile("\\w (\\d+\\.\\d+[.\\d+]*)");

    /**
     * Decodes the options and checks what the plugin checks before a build: the files exist, and
     * (unless {@code skip_version_check}) that {@code command --version} runs. {@code currentUser}
     * is the default {@code user}.
     */
    public static AnsibleConfig decode(ConfigView c, String currentUser)
            throws PluginConfigException, InterruptedException {
        List<String> errors = new ArrayList<>();
        String command = c.text("command");
        PathChecks.file(c.text("playbook_file"), "playbook_file", errors);
        if (!c.text("galaxy_file").isEmpty()) PathChecks.file(c.text("galaxy_file"), "galaxy_file", errors);
        if (!c.text("ssh_authorized_key_file").isEmpty()) {
            PathChecks.file(c.text("ssh_authorized_key_file"), "ssh_authorized_key_file", errors);
        }
        List<String> envVars = new ArrayList<>(c.strings("ansible_env_vars"));
        if (!c.text("ssh_host_key_file").isEmpty()) {
            PathChecks.file(c.text("ssh_host_key_file"), "ssh_host_key_file", errors);
        } else {
            envVars.add("ANSIBLE_HOST_KEY_CHECKING=False");
        }
        if (!c.isTrue("use_sftp")) envVars.add("ANSIBLE_SCP_IF_SSH=True");
        // local_port's range and ansible_proxy_key_type's values are the schema's rules.
        long localPort = c.number("local_port").map(BigDecimal::longValue).orElse(0L);
        String inventoryDirectory = c.text("inventory_directory");
        if (!inventoryDirectory.isEmpty()) {
            Path dir = Path.of(inventoryDirectory);
            if (!Files.exists(dir)) {
                errors.add("inventory_directory: " + inventoryDirectory + " is invalid: stat " + inventoryDirectory
                        + ": no such file or directory");
            } else if (!Files.isDirectory(dir)) {
                errors.add("inventory_directory: " + inventoryDirectory + " must point to a directory");
            }
        }
        int major = 0;
        if (!c.isTrue("skip_version_check")) {
            try {
                major = majorVersion(command);
            } catch (PluginConfigException e) {
                errors.addAll(e.errors());
            }
        }
        String user = c.text("user");
        boolean userWasEmpty = user.isEmpty();
        if (userWasEmpty) user = currentUser;
        if (user.isEmpty()) errors.add("user: could not determine current user from environment.");
        String keyType = c.text("ansible_proxy_key_type").toUpperCase(Locale.ROOT);
        List<String> extraArguments = new ArrayList<>(c.strings("extra_arguments"));
        if (c.isTrue("ansible_winrm_use_http")
                && extraArguments.stream().noneMatch(a -> a.startsWith("ansible_winrm_scheme"))) {
            extraArguments.addAll(List.of("-e", "ansible_winrm_scheme=http"));
        }
        PluginConfigException.throwIfAny(errors);
        boolean useProxy = !c.isSet("use_proxy") || c.isTrue("use_proxy");
        return new AnsibleConfig(
                command,
                List.copyOf(extraArguments),
                List.copyOf(envVars),
                c.text("playbook_file"),
                c.strings("ansible_ssh_extra_args"),
                c.strings("groups"),
                c.strings("empty_groups"),
                c.text("host_alias"),
                user,
                userWasEmpty,
                (int) localPort,
                c.text("ssh_host_key_file"),
                c.text("ssh_authorized_key_file"),
                keyType,
                c.text("sftp_command"),
                inventoryDirectory,
                c.text("inventory_file_template"),
                c.text("inventory_file"),
                c.isTrue("keep_inventory_file"),
                c.text("galaxy_file"),
                c.text("galaxy_command"),
                c.isTrue("galaxy_force_install"),
                c.isTrue("galaxy_force_with_deps"),
                c.text("roles_path"),
                c.text("collections_path"),
                useProxy,
                major,
                c.text("packer_build_name"),
                c.text("packer_builder_type"));
    }

    /** The major version {@code command --version} reports, with the plugin's errors. */
    static int majorVersion(String command) throws PluginConfigException, InterruptedException {
        String output;
        try {
            output = LocalProcess.output(List.of(command, "--version"), VERSION_CHECK_TIMEOUT);
        } catch (LocalProcess.Failure e) {
            throw new PluginConfigException(List.of("Error running \"" + command + " --version\": " + e.getMessage()));
        }
        Matcher m = VERSION.matcher(output);
        if (!m.find()) {
            throw new PluginConfigException(List.of("Could not find " + command + " version in output:\n" + output));
        }
        String version = m.group(1);
        try {
            return Integer.parseInt(version.split("\\.")[0]);
        } catch (NumberFormatException e) {
            throw new PluginConfigException(List.of("Could not parse major version from \"" + version + "\"."));
        }
    }
}
