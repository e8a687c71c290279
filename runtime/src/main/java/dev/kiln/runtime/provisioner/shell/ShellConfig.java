package dev.kiln.runtime.provisioner.shell;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.plugin.ExitCodes;
import dev.kiln.runtime.plugin.PluginConfigException;
import dev.kiln.runtime.spi.LocalFiles;
import dev.kiln.stdlib.go.GoDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** The {@code shell} provisioner's options with Packer's defaults applied (see {@link ShellSchema}). */
public record ShellConfig(
        List<String> inline,
        List<String> scripts,
        List<String> environmentVars,
        Map<String, String> env,
        String envVarFormat,
        boolean useEnvVarFile,
        String executeCommand,
        String inlineShebang,
        String remoteFolder,
        String remoteFile,
        String remotePath,
        boolean binary,
        ExitCodes validExitCodes,
        boolean expectDisconnect,
        Duration startRetryTimeout,
        Duration pauseAfter,
        boolean skipClean,
        String buildName,
        String builderType) {

    /**
     * Decodes and checks what only the running host can check (scripts exist, durations parse);
     * the schema's rules have checked the rest. {@code random} picks {@code script_N.sh}.
     */
    public static ShellConfig decode(ConfigView c, RandomGenerator random) throws PluginConfigException {
        List<String> errors = new ArrayList<>();
        boolean useEnvVarFile = c.isTrue("use_env_var_file");
        // The schema holds the defaults (ShellSchema); what is left here depends on the run, not the template.
        String envVarFormat = c.text("env_var_format");
        String executeCommand = c.text("execute_command");
        String shebang = c.text("inline_shebang");
        String remoteFolder = c.text("remote_folder");
        String remoteFile = c.text("remote_file");
        if (remoteFile.isEmpty()) remoteFile = "script_" + random.nextInt(9999) + ".sh";
        String remotePath = c.text("remote_path");
        if (remotePath.isEmpty()) remotePath = remoteFolder + "/" + remoteFile;

        List<String> scripts = new ArrayList<>(c.strings("scripts"));
        if (!c.text("script").isEmpty()) scripts = List.of(c.text("script"));
        for (String script : scripts) {
            LocalFiles.statError(script).ifPresent(error -> errors.add(ShellSchema.badScript(script, error)));
        }
        Duration startRetry = duration(c, "start_retry_timeout", errors);
        Duration pauseAfter = duration(c, "pause_after", errors);
        PluginConfigException.throwIfAny(errors);
        return new ShellConfig(
                c.strings("inline"),
                List.copyOf(scripts),
                c.strings("environment_vars"),
                c.stringMap("env"),
                envVarFormat,
                useEnvVarFile,
                executeCommand,
                shebang,
                remoteFolder,
                remoteFile,
                remotePath,
                c.isTrue("binary"),
                new ExitCodes(c.wholeNumbers("valid_exit_codes")),
                c.isTrue("expect_disconnect"),
                startRetry,
                pauseAfter,
                c.isTrue("skip_clean"),
                c.text("packer_build_name"),
                c.text("packer_builder_type"));
    }

    static Duration duration(ConfigView c, String name, List<String> errors) {
        String text = c.text(name);
        if (text.isEmpty()) return Duration.ZERO;
        try {
            return GoDuration.parse(text);
        } catch (IllegalArgumentException e) {
            errors.add("1 error(s) decoding:\n\n* error decoding '" + name + "': " + e.getMessage());
            return Duration.ZERO;
        }
    }
}
