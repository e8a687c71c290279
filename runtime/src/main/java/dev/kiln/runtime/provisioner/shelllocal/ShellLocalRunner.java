package dev.kiln.runtime.provisioner.shelllocal;

import dev.kiln.runtime.plugin.GoTemplate;
import dev.kiln.runtime.plugin.PluginFailure;
import dev.kiln.runtime.provisioner.shell.ShellEnvironment;
import dev.kiln.runtime.spi.Ui;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs shell-local's scripts on the kiln host (the SDK's {@code shell_local.Run}): each script, or
 * the inline commands written to a temporary script, goes through the rendered
 * {@code execute_command} with {@link ProcessBuilder}; output lines stream to the Ui as they come.
 */
public final class ShellLocalRunner {

    /** Exit statuses of a script killed by SIGHUP, SIGINT or SIGTERM (128 + the signal's number). */
    private static final Set<Integer> KILLED_BY_CANCEL_SIGNAL = Set.of(128 + 1, 128 + 2, 128 + 15);

    /** How long a script killed by such a signal waits for kiln's own cancellation before it counts as failed. */
    static final Duration CANCEL_SIGNAL_GRACE = Duration.ofSeconds(2);

    private final ShellLocalConfig config;
    private final String hostOs;

    /** A runner for {@code config} on a host whose Go OS name is {@code hostOs}. */
    public ShellLocalRunner(ShellLocalConfig config, String hostOs) {
        this.config = config;
        this.hostOs = hostOs;
    }

    /** Runs the scripts; {@code generated} is the build's generated data for templates. */
    public void run(Ui ui, Map<String, String> generated, String buildName, String builderType)
            throws PluginFailure, InterruptedException {
        if (!config.onlyOn().isEmpty() && !config.onlyOn().contains(hostOs)) {
            ui.say("Skipping shell-local due to runtime OS");
            return;
        }
        String name = config.buildName().isEmpty() ? buildName : config.buildName();
        String type = config.builderType().isEmpty() ? builderType : config.builderType();
        Map<String, Supplier<String>> functions = Map.of("build_name", () -> name, "build_type", () -> type);
        List<String> scripts = new ArrayList<>(config.scripts());
        Path inline = null;
        try {
            if (scripts.isEmpty() && !config.inline().isEmpty()) {
                inline = writeInlineScript(generated, functions);
                scripts.add(inline.toString());
            }
            List<String> vars = new ArrayList<>();
            for (String kv : config.environmentVars()) vars.add(render(kv, generated, functions, ""));
            String flattened = ShellEnvironment.of(name, type, generated, vars, config.env())
                    .flatten(config.envVarFormat());
            for (String script : scripts) {
                String absolute = Path.of(script).toAbsolutePath().toString();
                Map<String, String> data = new HashMap<>(generated);
                data.put("Vars", flattened);
                data.put("Script", absolute);
                data.put("Command", absolute);
                List<String> command = new ArrayList<>();
                for (String part : config.executeCommand())
                    command.add(render(part, data, functions, "Error processing command: "));
                ui.say("Running local shell script: " + script);
                int status = execute(command, ui, absolute);
                var problem = config.validExitCodes().check(status);
                if (problem.isPresent()) throw new PluginFailure(problem.get());
            }
        } finally {
            if (inline != null) {
                try {
                    Files.deleteIfExists(inline);
                } catch (IOException e) {
                    // A leftover temp script is harmless.
                }
            }
        }
    }

    private static String render(
            String template, Map<String, String> data, Map<String, Supplier<String>> functions, String errorPrefix)
            throws PluginFailure {
        try {
            return GoTemplate.render(template, data, functions);
        } catch (GoTemplate.TemplateException e) {
            throw new PluginFailure(errorPrefix + e.getMessage());
        }
    }

    private Path writeInlineScript(Map<String, String> generated, Map<String, Supplier<String>> functions)
            throws PluginFailure {
        StringBuilder text = new StringBuilder();
        if (!config.inlineShebang().isEmpty())
            text.append("#!").append(config.inlineShebang()).append('\n');
        for (String line : config.inline())
            text.append(render(line, generated, functions, "")).append('\n');
        try {
            String suffix = config.tempfileExtension().isEmpty() ? "" : "." + config.tempfileExtension();
            Path file = Files.createTempFile("packer-shell", suffix);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                // Windows: cmd runs the script without an executable bit.
            }
            return file;
        } catch (IOException e) {
            throw new PluginFailure("Error preparing shell script: " + e.getMessage(), e);
        }
    }

    private static int execute(List<String> command, Ui ui, String script) throws PluginFailure, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
        } catch (IOException e) {
            throw new PluginFailure(
                    "Error executing script: " + script + "\n\nPlease see output above for more information.", e);
        }
        closeQuietly(process);
        Thread out = pump(process.getInputStream(), ui::output);
        Thread err = pump(process.getErrorStream(), ui::error);
        try {
            int status = process.waitFor();
            out.join();
            err.join();
            if (KILLED_BY_CANCEL_SIGNAL.contains(status)) {
                // A signal to kiln's whole process group reaches the script first: wait for the
                // build's own cancellation (it interrupts this sleep) so the build ends cancelled,
                // as with a signal to kiln alone, not failed with its error-cleanup provisioner run.
                Thread.sleep(CANCEL_SIGNAL_GRACE.toMillis());
            }
            return status;
        } catch (InterruptedException e) {
            // Cancelled: stop the script and whatever it started, as exec.CommandContext does.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw e;
        }
    }

    private static void closeQuietly(Process process) {
        try {
            // The script gets an empty stdin, like Packer's RemoteCmd without Stdin.
            process.getOutputStream().close();
        } catch (IOException e) {
            // Nothing was written, nothing is lost.
        }
    }

    private static Thread pump(InputStream stream, Consumer<String> sink) {
        Thread t = new Thread(
                () -> {
                    try (BufferedReader reader =
                            new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                        for (String line = reader.readLine(); line != null; line = reader.readLine()) sink.accept(line);
                    } catch (IOException e) {
                        // The process went away; its exit status tells what happened.
                    }
                },
                "shell-local-output");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
