package dev.kiln.runtime.provisioner.shell;

import dev.kiln.runtime.plugin.ExitCodes;
import dev.kiln.runtime.plugin.GoTemplate;
import dev.kiln.runtime.plugin.Pause;
import dev.kiln.runtime.plugin.PluginFailure;
import dev.kiln.runtime.plugin.Retry;
import dev.kiln.runtime.plugin.UiOutput;
import dev.kiln.runtime.spi.Communicator;
import dev.kiln.runtime.spi.Progress;
import dev.kiln.runtime.spi.RemoteCommand;
import dev.kiln.runtime.spi.Ui;
import dev.kiln.runtime.spi.Wait;
import dev.kiln.stdlib.go.GoDuration;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * What the {@code shell} provisioner does on the machine: uploads each script (or the inline commands as one generated
 * script) to {@code remote_path}, makes it executable, runs the rendered {@code execute_command}
 * with the build's environment, checks the exit status and removes the script again.
 */
public final class RemoteScriptRunner {

    private final ShellConfig config;
    private final Clock clock;
    private final Pause pause;
    private final RandomGenerator random;

    /** A provisioner for {@code config} that waits with {@code pause} and names the var file with {@code random}. */
    public RemoteScriptRunner(ShellConfig config, Clock clock, Pause pause, RandomGenerator random) {
        this.config = config;
        this.clock = clock;
        this.pause = pause;
        this.random = random;
    }

    /**
     * Runs the scripts on the machine behind {@code comm}. {@code generated} holds the build's
     * generated data ({@code ID}, {@code Host}, {@code PackerHTTPAddr} ...) used in templates;
     * {@code buildName}/{@code builderType} stand in when core did not inject them into the config.
     */
    public void provision(Ui ui, Communicator comm, Map<String, String> generated, String buildName, String builderType)
            throws PluginFailure, InterruptedException {
        String name = config.buildName().isEmpty() ? buildName : config.buildName();
        String type = config.builderType().isEmpty() ? builderType : config.builderType();
        Map<String, Supplier<String>> functions = Map.of("build_name", () -> name, "build_type", () -> type);
        ShellEnvironment environment =
                ShellEnvironment.of(name, type, generated, config.environmentVars(), config.env());
        Retry retry = new Retry(config.startRetryTimeout(), clock, pause);
        List<Path> temporary = new ArrayList<>();
        try {
            List<String> scripts = new ArrayList<>(config.scripts());
            if (!config.inline().isEmpty()) {
                Path inline = writeInlineScript(generated, functions);
                temporary.add(inline);
                scripts.add(inline.toString());
            }
            String envVarFile = config.useEnvVarFile() ? uploadEnvVarFile(comm, environment, retry) : "";
            String vars = environment.flatten(config.envVarFormat());
            for (String script : scripts) {
                runScript(ui, comm, script, generated, functions, vars, envVarFile, retry);
            }
            if (!config.skipClean() && !envVarFile.isEmpty()) removeRemoteFile(comm, envVarFile, retry);
        } finally {
            for (Path p : temporary) deleteQuietly(p);
        }
        if (!config.pauseAfter().isZero()) {
            try (Wait pausing =
                    ui.startWait("Pausing " + GoDuration.format(config.pauseAfter()) + " after this provisioner...")) {
                pause.sleep(config.pauseAfter());
            }
        }
    }

    private Path writeInlineScript(Map<String, String> generated, Map<String, Supplier<String>> functions)
            throws PluginFailure {
        StringBuilder text =
                new StringBuilder("#!").append(config.inlineShebang()).append('\n');
        for (String line : config.inline()) {
            try {
                text.append(GoTemplate.render(line, generated, functions)).append('\n');
            } catch (GoTemplate.TemplateException e) {
                throw new PluginFailure("Error interpolating Inline: " + e.getMessage());
            }
        }
        try {
            Path file = Files.createTempFile("packer-shell", "");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new PluginFailure("Error preparing shell script: " + e.getMessage(), e);
        }
    }

    private String uploadEnvVarFile(Communicator comm, ShellEnvironment environment, Retry retry)
            throws PluginFailure, InterruptedException {
        String remote = config.remoteFolder() + "/varfile_" + random.nextInt(9999) + ".sh";
        byte[] content = unix(environment.flatten(config.envVarFormat()).getBytes(StandardCharsets.UTF_8));
        try {
            retry.run(() -> {
                upload(comm, remote, content, "Error uploading envVarFile: ");
                execute(comm, "chmod 0600 " + remote, "Error chmodding script file to 0600 in remote machine: ");
                return null;
            });
        } catch (IOException e) {
            throw new PluginFailure(e.getMessage(), e);
        }
        return remote;
    }

    private void runScript(
            Ui ui,
            Communicator comm,
            String script,
            Map<String, String> generated,
            Map<String, Supplier<String>> functions,
            String vars,
            String envVarFile,
            Retry retry)
            throws PluginFailure, InterruptedException {
        ui.say("Provisioning with shell script: " + script);
        byte[] content;
        try {
            content = Files.readAllBytes(Path.of(script));
        } catch (IOException e) {
            throw new PluginFailure("Error opening shell script: " + e.getMessage(), e);
        }
        byte[] uploaded = config.binary() ? content : unix(content);
        Map<String, String> data = new HashMap<>(generated);
        data.put("Vars", vars);
        data.put("EnvVarFile", envVarFile);
        data.put("Path", config.remotePath());
        String command;
        try {
            command = GoTemplate.render(config.executeCommand(), data, functions);
        } catch (GoTemplate.TemplateException e) {
            throw new PluginFailure("Error processing command: " + e.getMessage());
        }
        int status;
        try {
            // Upload, chmod and start in one retried unit: after a reboot the uploaded file may be gone.
            status = retry.run(() -> {
                upload(ui, comm, config.remotePath(), uploaded, "Error uploading script: ");
                execute(
                        comm,
                        "chmod 0755 " + config.remotePath(),
                        "Error chmodding script file to 0755 in remote machine: ");
                try {
                    return comm.execute(new RemoteCommand(command, false), new UiOutput(ui));
                } catch (IOException e) {
                    // The connection dropped while the script ran (a reboot): Packer's CmdDisconnect.
                    return ExitCodes.DISCONNECTED;
                }
            });
        } catch (InterruptedException e) {
            // Cancelled: nothing of the script may keep running or stay on the host.
            RemoteCleanup.run(comm, config.remotePath(), true, leftovers(envVarFile));
            throw e;
        } catch (IOException e) {
            RemoteCleanup.run(comm, config.remotePath(), false, leftovers(envVarFile));
            throw new PluginFailure(e.getMessage(), e);
        }
        try {
            checkStatus(status);
        } catch (PluginFailure e) {
            // The script (mode 0755, secrets interpolated) must not outlive a failed build on the host.
            RemoteCleanup.run(comm, config.remotePath(), status == ExitCodes.DISCONNECTED, leftovers(envVarFile));
            throw e;
        }
        if (!config.skipClean()) removeRemoteFile(comm, config.remotePath(), retry);
    }

    /** The uploaded files a failed or cancelled script leaves: none with {@code skip_clean}. */
    private List<String> leftovers(String envVarFile) {
        if (config.skipClean()) return List.of();
        return envVarFile.isEmpty() ? List.of(config.remotePath()) : List.of(config.remotePath(), envVarFile);
    }

    private void checkStatus(int status) throws PluginFailure {
        if (status == ExitCodes.DISCONNECTED
                && (config.expectDisconnect()
                        || config.validExitCodes().allowed().contains(ExitCodes.DISCONNECTED))) {
            return;
        }
        if (status == ExitCodes.DISCONNECTED) {
            throw new PluginFailure(
                    "Script disconnected unexpectedly. If you expected your script to disconnect, i.e. from a"
                            + " restart, you can try adding `\"expect_disconnect\": true` or `\"valid_exit_codes\": [0, 2300218]`"
                            + " to the shell provisioner parameters.");
        }
        var problem = config.validExitCodes().check(status);
        if (problem.isPresent()) throw new PluginFailure(problem.get());
    }

    private void removeRemoteFile(Communicator comm, String path, Retry retry)
            throws PluginFailure, InterruptedException {
        int status;
        try {
            // Retried: after a reboot the connection comes back only after a while.
            status = retry.run(() -> {
                try {
                    return comm.execute(new RemoteCommand("rm -f " + path, false), SILENT);
                } catch (IOException e) {
                    throw new IOException("Error removing temporary script at " + path + ": " + e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            throw new PluginFailure(e.getMessage(), e);
        }
        if (status != 0) throw new PluginFailure("Error removing temporary script at " + path + "!");
    }

    private static void upload(Communicator comm, String remote, byte[] content, String errorPrefix)
            throws IOException, InterruptedException {
        upload(null, comm, remote, content, errorPrefix);
    }

    /** Uploads {@code content}; with a {@code ui}, a terminal shows a bar (scripts can be large installers). */
    private static void upload(Ui ui, Communicator comm, String remote, byte[] content, String errorPrefix)
            throws IOException, InterruptedException {
        try (Progress progress = ui == null ? Progress.NONE : ui.startProgress(remote, content.length)) {
            comm.upload(remote, new ByteArrayInputStream(content), content.length, 0644, progress);
        } catch (IOException e) {
            throw new IOException(errorPrefix + e.getMessage(), e);
        }
    }

    private static void execute(Communicator comm, String command, String errorPrefix)
            throws IOException, InterruptedException {
        try {
            comm.execute(new RemoteCommand(command, false), SILENT);
        } catch (IOException e) {
            throw new IOException(errorPrefix + e.getMessage(), e);
        }
    }

    /** Packer's UnixReader: CRLF line endings become LF so scripts written on Windows run. */
    static byte[] unix(byte[] content) {
        return new String(content, StandardCharsets.ISO_8859_1)
                .replace("\r\n", "\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A leftover temp file is harmless; the script already ran.
        }
    }

    private static final dev.kiln.runtime.spi.CommandOutput SILENT = new dev.kiln.runtime.spi.CommandOutput() {
        @Override
        public void stdout(String line) {}

        @Override
        public void stderr(String line) {}
    };
}
