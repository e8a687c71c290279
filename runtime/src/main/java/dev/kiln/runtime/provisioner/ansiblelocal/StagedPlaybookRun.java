package dev.kiln.runtime.provisioner.ansiblelocal;

import dev.kiln.runtime.plugin.PluginFailure;
import dev.kiln.runtime.plugin.UiOutput;
import dev.kiln.runtime.provisioner.ansible.GalaxyFile;
import dev.kiln.runtime.spi.Communicator;
import dev.kiln.runtime.spi.RemoteCommand;
import dev.kiln.runtime.spi.Ui;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code ansible-local} does on the machine, step by step as the plugin does it: upload the
 * playbooks, inventory, variables, roles and collections into the staging directory, run
 * ansible-galaxy and ansible-playbook there against 127.0.0.1 with {@code -c local}, then remove the
 * staging directory when asked to.
 */
public final class StagedPlaybookRun {

    /** What core puts in {@code PackerHTTPAddr} when the builder runs no HTTP server. */
    static final String HTTP_ADDR_NOT_IMPLEMENTED = "ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER";

    private final AnsibleLocalConfig config;
    private final Ui ui;
    private final Communicator comm;

    /** A run of {@code config} over {@code comm}, reporting to {@code ui}. */
    public StagedPlaybookRun(AnsibleLocalConfig config, Ui ui, Communicator comm) {
        this.config = config;
        this.ui = ui;
        this.comm = comm;
    }

    /**
     * Provisions the machine; {@code generated} holds the build's generated data
     * ({@code PackerHTTPAddr}), {@code buildName}/{@code builderType} stand in when core did not inject them.
     */
    public void provision(Map<String, String> generated, String buildName, String builderType)
            throws PluginFailure, InterruptedException {
        ui.say("Provisioning with Ansible...");
        String staging = config.stagingDir();
        if (!config.playbookDir().isEmpty()) {
            ui.say("Uploading Playbook directory to Ansible staging directory...");
            step("Error uploading playbook_dir directory: ", () -> uploadDir(staging, config.playbookDir()));
        } else {
            ui.say("Creating Ansible staging directory...");
            step("Error creating staging directory: ", () -> createDir(staging));
        }
        List<String> playbooks = new ArrayList<>();
        if (!config.playbookFile().isEmpty()) {
            ui.say("Uploading main Playbook file...");
            String remote = join(staging, baseName(config.playbookFile()));
            step("Error uploading main playbook: ", () -> uploadFile(remote, config.playbookFile()));
            playbooks.add(remote);
        } else {
            playbooks.addAll(uploadPlaybookFiles());
        }
        Path generatedInventory = null;
        try {
            String inventory = config.inventoryFile();
            if (inventory.isEmpty()) {
                generatedInventory = writeInventory();
                inventory = generatedInventory.toString();
            }
            if (!config.galaxyFile().isEmpty()) {
                ui.say("Uploading galaxy file...");
                step(
                        "Error uploading galaxy file: ",
                        () -> uploadFile(join(staging, baseName(config.galaxyFile())), config.galaxyFile()));
            }
            ui.say("Uploading inventory file...");
            String localInventory = inventory;
            String remoteInventory = join(staging, baseName(inventory));
            step("Error uploading inventory file: ", () -> uploadFile(remoteInventory, localInventory));
            uploadSupportFiles(staging);
            String httpAddr = generated.getOrDefault("PackerHTTPAddr", "");
            if (httpAddr.isEmpty()) httpAddr = HTTP_ADDR_NOT_IMPLEMENTED;
            String name = config.buildName().isEmpty() ? buildName : config.buildName();
            String type = config.builderType().isEmpty() ? builderType : config.builderType();
            try {
                executeAnsible(playbooks, remoteInventory, name, type, httpAddr);
            } catch (PluginFailure e) {
                throw new PluginFailure("Error executing Ansible: " + e.getMessage(), e);
            }
        } finally {
            if (generatedInventory != null) deleteQuietly(generatedInventory);
        }
        if (config.cleanStagingDir()) {
            ui.say("Removing staging directory...");
            step(
                    "Error removing staging directory: ",
                    () -> run("Removing directory: " + staging, "rm -rf '" + staging + "'"));
        }
    }

    private void uploadSupportFiles(String staging) throws PluginFailure, InterruptedException {
        if (!config.groupVars().isEmpty()) {
            ui.say("Uploading group_vars directory...");
            step(
                    "Error uploading group_vars directory: ",
                    () -> uploadDir(join(staging, "group_vars"), config.groupVars()));
        }
        if (!config.hostVars().isEmpty()) {
            ui.say("Uploading host_vars directory...");
            step(
                    "Error uploading host_vars directory: ",
                    () -> uploadDir(join(staging, "host_vars"), config.hostVars()));
        }
        if (!config.rolePaths().isEmpty()) {
            ui.say("Uploading role directories...");
            for (String src : config.rolePaths()) {
                step("Error uploading roles: ", () -> uploadDir(join(staging, "roles/" + baseName(src)), src));
            }
        }
        if (!config.collectionPaths().isEmpty()) {
            ui.say("Uploading collection directories...");
            for (String src : config.collectionPaths()) {
                step(
                        "Error uploading collections: ",
                        () -> uploadDir(join(staging, "collections/" + baseName(src)), src));
            }
        }
        if (!config.playbookPaths().isEmpty()) {
            ui.say("Uploading additional Playbooks...");
            String playbookDir = join(staging, "playbooks");
            step("Error creating playbooks directory: ", () -> createDir(playbookDir));
            for (String src : config.playbookPaths()) {
                step("Error uploading playbooks: ", () -> uploadDir(join(playbookDir, baseName(src)), src));
            }
        }
    }

    /**
     * Uploads each of {@code playbook_files} to the staging directory under its absolute local path,
     * except those inside {@code playbook_dir}, which are already there; returns the remote paths.
     */
    private List<String> uploadPlaybookFiles() throws PluginFailure, InterruptedException {
        String playbookDir = config.playbookDir().isEmpty()
                ? ""
                : Path.of(config.playbookDir()).toAbsolutePath().normalize().toString();
        List<String> remote = new ArrayList<>();
        for (String file : config.playbookFiles()) {
            if (!playbookDir.isEmpty() && file.startsWith(playbookDir)) {
                remote.add(join(config.stagingDir(), file.substring(playbookDir.length())));
                continue;
            }
            ui.say("Uploading playbook file: " + file);
            String remoteFile = join(config.stagingDir(), file);
            String remoteDir = remoteFile.substring(0, remoteFile.lastIndexOf('/'));
            try {
                createDir(remoteDir);
            } catch (PluginFailure | IOException e) {
                throw new PluginFailure("Error uploading playbook file: " + file + " [" + e.getMessage() + "]", e);
            }
            try {
                uploadFile(remoteFile, file);
            } catch (PluginFailure | IOException e) {
                throw new PluginFailure("Error uploading playbook: " + file + " [" + e.getMessage() + "]", e);
            }
            remote.add(remoteFile);
        }
        return remote;
    }

    /** The generated inventory: 127.0.0.1, in each of {@code inventory_groups} when there are any. */
    private Path writeInventory() throws PluginFailure {
        StringBuilder content = new StringBuilder();
        if (config.inventoryGroups().isEmpty()) {
            content.append("127.0.0.1");
        } else {
            for (String group : config.inventoryGroups())
                content.append('[').append(group).append("]\n127.0.0.1\n");
        }
        try {
            Path file = Files.createTempFile("packer-provisioner-ansible-local", "");
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new PluginFailure("Error preparing inventory file: " + e.getMessage(), e);
        }
    }

    private void executeAnsible(
            List<String> playbooks, String inventory, String buildName, String builderType, String httpAddr)
            throws PluginFailure, InterruptedException {
        // Packer's own text, including the stray "-o IdentitiesOnly=yes" inside the quoted extra vars.
        String extraArgs = " --extra-vars \"packer_build_name=" + buildName + " packer_builder_type=" + builderType
                + " packer_http_addr=" + httpAddr + " -o IdentitiesOnly=yes\" ";
        if (!config.extraArguments().isEmpty()) extraArgs += String.join(" ", config.extraArguments());
        if (!config.galaxyFile().isEmpty()) {
            try {
                executeGalaxy();
            } catch (PluginFailure e) {
                throw new PluginFailure("Error executing Ansible Galaxy: " + e.getMessage(), e);
            }
        }
        GalaxyFile galaxy = galaxyFile();
        for (String playbook : playbooks) executePlaybook(playbook, extraArgs, inventory, galaxy);
    }

    private GalaxyFile galaxyFile() throws PluginFailure {
        if (config.galaxyFile().isEmpty()) return new GalaxyFile(false, false);
        try {
            return GalaxyFile.read(Path.of(config.galaxyFile()));
        } catch (IOException e) {
            throw new PluginFailure(e.getMessage(), e);
        }
    }

    private void executeGalaxy() throws PluginFailure, InterruptedException {
        String galaxyFile = join(config.stagingDir(), baseName(config.galaxyFile()));
        List<String> roleArgs = new ArrayList<>(List.of("install", "-r", galaxyFile, "-p", config.galaxyRolesPath()));
        List<String> collectionArgs = new ArrayList<>(
                List.of("collection", "install", "-r", galaxyFile, "-p", config.galaxyCollectionsPath()));
        if (config.galaxyForceInstall()) {
            roleArgs.add("-f");
            collectionArgs.add("-f");
        }
        GalaxyFile galaxy = galaxyFile();
        if (galaxy.installsRoles()) invokeGalaxy(roleArgs);
        if (galaxy.hasCollections()) invokeGalaxy(collectionArgs);
    }

    private void invokeGalaxy(List<String> args) throws PluginFailure, InterruptedException {
        String command = "cd " + config.stagingDir() + " && " + config.galaxyCommand() + " " + String.join(" ", args);
        ui.say("Executing Ansible Galaxy: " + command);
        int status = execute(command);
        if (status != 0) throw new PluginFailure("Non-zero exit status: " + status);
    }

    private void executePlaybook(String playbook, String extraArgs, String inventory, GalaxyFile galaxy)
            throws PluginFailure, InterruptedException {
        StringBuilder envVars = new StringBuilder();
        List<String> collectionsPath = new ArrayList<>();
        if (galaxy.hasCollections()) collectionsPath.add(config.galaxyCollectionsPath());
        if (!config.collectionPaths().isEmpty()) collectionsPath.add(join(config.stagingDir(), "collections"));
        if (!collectionsPath.isEmpty()) {
            envVars.append(" ANSIBLE_COLLECTIONS_PATH=$ANSIBLE_COLLECTIONS_PATH:")
                    .append(String.join(":", collectionsPath));
        }
        if (galaxy.hasRoles())
            envVars.append(" ANSIBLE_ROLES_PATH=$ANSIBLE_ROLES_PATH:").append(config.galaxyRolesPath());
        String command = "cd " + config.stagingDir() + " && " + envVars + " " + config.command() + " " + playbook
                + extraArgs + " -c local -i " + inventory;
        ui.say("Executing Ansible: " + command);
        int status = execute(command);
        if (status == 127) {
            throw new PluginFailure(config.command() + " could not be found. Verify that it is available on the\n"
                    + "PATH after connecting to the machine.");
        }
        if (status != 0) throw new PluginFailure("Non-zero exit status: " + status);
    }

    private int execute(String command) throws PluginFailure, InterruptedException {
        try {
            return comm.execute(new RemoteCommand(command, false), new UiOutput(ui));
        } catch (IOException e) {
            throw new PluginFailure(e.getMessage(), e);
        }
    }

    private void uploadFile(String remote, String local) throws IOException, InterruptedException, PluginFailure {
        Path path = Path.of(local);
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (IOException e) {
            throw new PluginFailure("Error opening: " + e.getMessage(), e);
        }
        try (in) {
            comm.upload(remote, in, Files.size(path), 0644);
        } catch (IOException e) {
            throw new PluginFailure("Error uploading " + local + ": " + e.getMessage(), e);
        }
    }

    /** Creates {@code remote} and copies the contents of the local directory {@code local} into it. */
    private void uploadDir(String remote, String local) throws IOException, InterruptedException, PluginFailure {
        createDir(remote);
        comm.uploadDirectory(Path.of(local), remote, true);
    }

    private void createDir(String dir) throws PluginFailure, InterruptedException, IOException {
        run("Creating directory: " + dir, "mkdir -p '" + dir + "'");
    }

    private void run(String message, String command) throws PluginFailure, InterruptedException, IOException {
        ui.say(message);
        int status = comm.execute(new RemoteCommand(command, false), new UiOutput(ui));
        if (status != 0) throw new PluginFailure("Non-zero exit status. See output above for more information.");
    }

    /** Runs one step; a failure becomes {@code prefix} + its message, as the plugin wraps it. */
    private static void step(String prefix, Action action) throws PluginFailure, InterruptedException {
        try {
            action.run();
        } catch (PluginFailure | IOException e) {
            throw new PluginFailure(prefix + e.getMessage(), e);
        }
    }

    /** Go's {@code filepath.ToSlash(filepath.Join(a, b))} for the remote side: one slash between, cleaned. */
    static String join(String a, String b) {
        String joined = (a + "/" + b).replaceAll("/+", "/");
        List<String> parts = new ArrayList<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")
                    && !parts.isEmpty()
                    && !parts.get(parts.size() - 1).equals("..")) {
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return (joined.startsWith("/") ? "/" : "") + String.join("/", parts);
    }

    /** Go's {@code filepath.Base}: the last element, trailing slashes ignored. */
    static String baseName(String path) {
        String trimmed = path.replaceAll("/+$", "");
        return trimmed.isEmpty() ? "/" : trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A leftover inventory in the temp directory is harmless.
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws PluginFailure, IOException, InterruptedException;
    }
}
