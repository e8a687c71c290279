package dev.kiln.runtime.provisioner.ansible;

import dev.kiln.runtime.plugin.GoTemplate;
import dev.kiln.runtime.plugin.PluginFailure;
import dev.kiln.runtime.spi.Communicator;
import dev.kiln.runtime.spi.Ui;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@code ansible} provisioner does, as the plugin does it: with {@code use_proxy} it starts
 * the {@link ProxyAdapter} and points the inventory at it, without it ansible logs in to the machine
 * directly with the communicator's host, port, user and key; then ansible-galaxy (with a
 * {@code galaxy_file}) and ansible-playbook run here, their output streamed to the build's UI. The
 * adapter, the generated key and the generated inventory are gone when it returns, also when the
 * build is cancelled.
 */
public final class PlaybookRun {

    private final AnsibleConfig config;
    private final Ui ui;
    private final Communicator comm;

    /** A run of {@code config} against the machine behind {@code comm}. */
    public PlaybookRun(AnsibleConfig config, Ui ui, Communicator comm) {
        this.config = config;
        this.ui = ui;
        this.comm = comm;
    }

    /**
     * Provisions the machine; {@code generated} is the build's generated data (Host, Port, User,
     * ConnType, SSHPrivateKey, PackerHTTPAddr ...), {@code buildName}/{@code builderType} stand in
     * when core did not inject them.
     */
    public void provision(Map<String, String> generated, String buildName, String builderType)
            throws PluginFailure, InterruptedException {
        ui.say("Provisioning with Ansible...");
        List<String> envVars = render(config.ansibleEnvVars(), generated);
        List<String> extraArguments = render(config.extraArguments(), generated);
        String connType = generated.getOrDefault("ConnType", "");
        boolean useProxy = config.useProxy();
        if (!useProxy) {
            if (generated.getOrDefault("Host", "").isEmpty()) {
                ui.error("Warning: use_proxy is false, but instance does not have an IP address to give to Ansible."
                        + " Falling back to use localhost proxy.");
                useProxy = true;
            }
            if (!connType.equals("ssh") && !connType.equals("winrm")) {
                ui.error("Warning: use_proxy is false, but communicator is neither ssh nor winrm, so without the proxy"
                        + " ansible will not function. Falling back to localhost proxy.");
                useProxy = true;
            }
        }
        ProxyAdapter adapter = null;
        Path keyFile = null;
        Path inventory = null;
        try {
            String user = config.user();
            Map<String, String> data = new HashMap<>(generated);
            if (useProxy) {
                ui.say("Setting up proxy adapter for Ansible....");
                AdapterKeys.UserKey key = AdapterKeys.userKey(config.sshAuthorizedKeyFile(), config.keyType());
                keyFile = key.privateKeyFile();
                KeyPair hostKey = AdapterKeys.hostKey(config.sshHostKeyFile(), config.keyType());
                adapter = ProxyAdapter.start(
                        config.localPort(), hostKey, key.publicKey(), user, config.sftpCommand(), comm, ui);
                data.put("Host", "127.0.0.1");
                data.put("Port", Integer.toString(adapter.port()));
            } else {
                ui.say("Not using Proxy adapter for Ansible run:\n\tUsing ssh keys from Packer communicator...");
                keyFile = communicatorKey(generated.getOrDefault("SSHPrivateKey", ""));
                if (config.userWasEmpty()) user = generated.getOrDefault("User", "");
            }
            String inventoryPath = config.inventoryFile();
            if (inventoryPath.isEmpty()) {
                data.put("HostAlias", config.hostAlias());
                data.put("User", user);
                String template = config.inventoryFileTemplate();
                if (template.isEmpty()) {
                    template = config.ansibleMajorVersion() < 2
                            ? InventoryFile.DEFAULT_TEMPLATE_V1
                            : InventoryFile.DEFAULT_TEMPLATE_V2;
                }
                inventory = InventoryFile.write(
                        config.inventoryDirectory(),
                        InventoryFile.text(template, data, config.groups(), config.emptyGroups()));
                inventoryPath = inventory.toString();
            }
            String name = config.buildName().isEmpty() ? buildName : config.buildName();
            String type = config.builderType().isEmpty() ? builderType : config.builderType();
            String httpAddr = generated.getOrDefault("PackerHTTPAddr", "");
            if (httpAddr.isEmpty()) httpAddr = AnsibleArguments.HTTP_ADDR_NOT_IMPLEMENTED;
            AnsibleArguments arguments = AnsibleArguments.of(
                    config,
                    extraArguments,
                    envVars,
                    name,
                    type,
                    httpAddr,
                    connType,
                    inventoryPath,
                    Path.of(config.playbookFile()).toAbsolutePath().toString(),
                    keyFile == null ? "" : keyFile.toString());
            try {
                executeAnsible(arguments, envVars, extraArguments, generated);
            } catch (PluginFailure e) {
                throw new PluginFailure("Error executing Ansible: " + e.getMessage(), e);
            }
        } finally {
            if (adapter != null) adapter.close();
            if (keyFile != null) deleteQuietly(keyFile);
            if (inventory != null && !config.keepInventoryFile()) deleteQuietly(inventory);
        }
    }

    /** The communicator's private key in a temporary owner-only file for ansible, or null when it has none (an agent). */
    private static Path communicatorKey(String privateKey) throws PluginFailure {
        if (privateKey.isEmpty()) return null;
        try {
            Path file = Files.createTempFile("ansible-key", "");
            Files.writeString(file, privateKey, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new PluginFailure(
                    "Error writing private key to temp file for ansible connection: " + e.getMessage(), e);
        }
    }

    private void executeAnsible(
            AnsibleArguments arguments,
            List<String> envVars,
            List<String> extraArguments,
            Map<String, String> generated)
            throws PluginFailure, InterruptedException {
        if (!config.galaxyFile().isEmpty()) {
            try {
                executeGalaxy(envVars);
            } catch (PluginFailure e) {
                throw new PluginFailure("Error executing Ansible Galaxy: " + e.getMessage(), e);
            }
        }
        List<String> argv = new ArrayList<>();
        argv.add(config.command());
        argv.addAll(arguments.args());
        ui.say("Executing Ansible: " + AnsibleArguments.sanitized(String.join(" ", argv), extraArguments, generated));
        run(argv, arguments.env());
    }

    private void executeGalaxy(List<String> envVars) throws PluginFailure, InterruptedException {
        String galaxyFile = config.galaxyFile();
        List<String> roleArgs = new ArrayList<>(List.of("install", "-r", galaxyFile));
        List<String> collectionArgs = new ArrayList<>(List.of("collection", "install", "-r", galaxyFile));
        if (config.galaxyForceInstall()) {
            roleArgs.add("-f");
            collectionArgs.add("-f");
        }
        if (config.galaxyForceWithDeps()) {
            roleArgs.add("--force-with-deps");
            collectionArgs.add("--force-with-deps");
        }
        if (!config.rolesPath().isEmpty()) roleArgs.addAll(List.of("-p", config.rolesPath()));
        if (!config.collectionsPath().isEmpty()) collectionArgs.addAll(List.of("-p", config.collectionsPath()));
        GalaxyFile galaxy;
        try {
            galaxy = GalaxyFile.read(Path.of(galaxyFile));
        } catch (IOException e) {
            throw new PluginFailure(e.getMessage(), e);
        }
        if (galaxy.installsRoles()) invokeGalaxy(roleArgs, envVars);
        if (galaxy.hasCollections()) invokeGalaxy(collectionArgs, envVars);
    }

    private void invokeGalaxy(List<String> args, List<String> envVars) throws PluginFailure, InterruptedException {
        ui.say("Executing Ansible Galaxy");
        List<String> argv = new ArrayList<>();
        argv.add(config.galaxyCommand());
        argv.addAll(args);
        run(argv, envVars);
    }

    private void run(List<String> argv, List<String> env) throws PluginFailure, InterruptedException {
        int status;
        try {
            status = LocalProcess.run(argv, env, ui::say);
        } catch (LocalProcess.Failure e) {
            throw new PluginFailure(e.getMessage(), e);
        }
        if (status != 0) throw new PluginFailure("Non-zero exit status: exit status " + status);
    }

    /** {@code ansible_env_vars} and {@code extra_arguments} are Go templates over the build's generated data. */
    private static List<String> render(List<String> templates, Map<String, String> generated) throws PluginFailure {
        List<String> out = new ArrayList<>();
        for (String template : templates) {
            try {
                out.add(GoTemplate.render(template, generated));
            } catch (GoTemplate.TemplateException e) {
                throw new PluginFailure("Could not interpolate ansible env vars: " + e.getMessage());
            }
        }
        return out;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A leftover temporary file; nothing to report to the build.
        }
    }
}
