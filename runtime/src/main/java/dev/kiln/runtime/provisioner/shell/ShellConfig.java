package dev.kiln.runtime.provisioner.shell;

import dev.kiln.runtime.plugin.ConfigValues;
import dev.kiln.runtime.spi.LocalFiles;
import dev.kiln.runtime.plugin.ExitCodes;
import dev.kiln.runtime.plugin.GoDuration;
import dev.kiln.runtime.plugin.PluginConfigException;
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
    public static ShellConfig decode(ConfigValues c, RandomGenerator random) throws PluginConfigException {
        List<String> errors = new ArrayList<>();
        boolean useEnvVarFile = c.bool("use_env_var_file");
        String envVarFormat = c.string("env_var_format");
        if (envVarFormat.isEmpty()) envVarFormat = useEnvVarFile ? "export %s='%s'\n" : "%s='%s' ";
        String executeCommand = c.string("execute_command");
        if (executeCommand.isEmpty()) {
            executeCommand = useEnvVarFile ? "chmod +x {{.Path}}; . {{.EnvVarFile}} && {{.Path}}"
                    : "chmod +x {{.Path}}; {{.Vars}} {{.Path}}";
        }
        String shebang = c.string("inline_shebang");
        if (shebang.isEmpty()) shebang = "/bin/sh -e";
        String remoteFolder = c.string("remote_folder");
        if (remoteFolder.isEmpty()) remoteFolder = "/tmp";
        String remoteFile = c.string("remote_file");
        if (remoteFile.isEmpty()) remoteFile = "script_" + random.nextInt(9999) + ".sh";
        String remotePath = c.string("remote_path");
        if (remotePath.isEmpty()) remotePath = remoteFolder + "/" + remoteFile;

        List<String> scripts = new ArrayList<>(c.stringList("scripts"));
        if (!c.string("script").isEmpty()) scripts = List.of(c.string("script"));
        for (String script : scripts) {
            LocalFiles.statError(script).ifPresent(error -> errors.add(ShellSchema.badScript(script, error)));
        }
        Duration startRetry = duration(c, "start_retry_timeout", errors);
        if (startRetry.isZero()) startRetry = Duration.ofMinutes(5);
        Duration pauseAfter = duration(c, "pause_after", errors);
        PluginConfigException.throwIfAny(errors);
        return new ShellConfig(c.stringList("inline"), List.copyOf(scripts), c.stringList("environment_vars"),
                c.stringMap("env"), envVarFormat, useEnvVarFile, executeCommand, shebang, remoteFolder, remoteFile,
                remotePath, c.bool("binary"), new ExitCodes(c.intList("valid_exit_codes")), c.bool("expect_disconnect"),
                startRetry, pauseAfter, c.bool("skip_clean"), c.string("packer_build_name"), c.string("packer_builder_type"));
    }

    static Duration duration(ConfigValues c, String name, List<String> errors) {
        String text = c.string(name);
        if (text.isEmpty()) return Duration.ZERO;
        try {
            return GoDuration.parse(text);
        } catch (IllegalArgumentException e) {
            errors.add("1 error(s) decoding:\n\n* error decoding '" + name + "': " + e.getMessage());
            return Duration.ZERO;
        }
    }
}
