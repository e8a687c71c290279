package dev.kiln.runtime.provisioner.shelllocal;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.plugin.ExitCodes;
import dev.kiln.runtime.plugin.PluginConfigException;
import dev.kiln.runtime.provisioner.shell.ShellSchema;
import dev.kiln.runtime.spi.LocalFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The options shared by the {@code shell-local} provisioner and post-processor (see
 * {@link ShellLocalSchema}), normalised as the SDK's {@code Validate} does: {@code command}
 * becomes a one-line {@code inline}, {@code script} a one-element {@code scripts}.
 */
public record ShellLocalConfig(
        List<String> inline,
        List<String> scripts,
        List<String> environmentVars,
        Map<String, String> env,
        String envVarFormat,
        List<String> executeCommand,
        String inlineShebang,
        List<String> onlyOn,
        String tempfileExtension,
        ExitCodes validExitCodes,
        String buildName,
        String builderType) {

    /** Decodes the provisioner's options, read with {@link ShellLocalSchema} (which holds the host's defaults). */
    public static ShellLocalConfig decode(ConfigView c) throws PluginConfigException {
        return decode(c, false);
    }

    /**
     * Decodes the options. The post-processor ({@code postProcessor}) keeps a compatibility rule: a
     * one-element {@code execute_command} is the old string form and runs under {@code sh -c}.
     */
    public static ShellLocalConfig decode(ConfigView c, boolean postProcessor) throws PluginConfigException {
        List<String> errors = new ArrayList<>();
        List<String> execute = new ArrayList<>(c.strings("execute_command"));
        if (postProcessor && execute.size() == 1) execute.addAll(0, List.of("sh", "-c"));
        String extension = c.text("tempfile_extension");
        String shebang = c.text("inline_shebang");
        List<String> inline = new ArrayList<>(c.strings("inline"));
        if (!c.text("command").isEmpty() && inline.isEmpty()) inline = List.of(c.text("command"));
        List<String> scripts = new ArrayList<>(c.strings("scripts"));
        if (!c.text("script").isEmpty() && scripts.isEmpty()) scripts = List.of(c.text("script"));
        for (String script : scripts) {
            LocalFiles.statError(script).ifPresent(error -> errors.add(ShellSchema.badScript(script, error)));
        }
        boolean linuxPathing = c.isTrue("use_linux_pathing");
        if (linuxPathing) {
            List<String> converted = new ArrayList<>();
            for (String script : scripts) {
                String linux = linuxPath(Path.of(script).toAbsolutePath().toString(), errors);
                converted.add(linux == null ? script : linux);
            }
            scripts = converted;
            if (!inline.isEmpty()) {
                errors.add("Packer is unable to use the Command and Inline features with the Windows Linux Subsystem."
                        + " Please use the Script or Scripts options instead");
            }
        }
        String format = c.text("env_var_format");
        PluginConfigException.throwIfAny(errors);
        return new ShellLocalConfig(
                List.copyOf(inline),
                List.copyOf(scripts),
                c.strings("environment_vars"),
                c.stringMap("env"),
                format,
                List.copyOf(execute),
                shebang,
                c.strings("only_on"),
                extension.startsWith(".") ? extension.substring(1) : extension,
                new ExitCodes(c.wholeNumbers("valid_exit_codes")),
                c.text("packer_build_name"),
                c.text("packer_builder_type"));
    }

    /** {@code C:/path/to/file} as Windows Subsystem for Linux sees it: {@code /mnt/c/path/to/file}. */
    static String linuxPath(String windowsPath, List<String> errors) {
        String slashed = windowsPath.replace('\\', '/');
        int drive = slashed.indexOf(":/");
        if (drive < 0) {
            errors.add("There was an error splitting your absolute path; expected to find a drive following the format"
                    + " ':/' but did not: absolute path: " + slashed);
            return null;
        }
        return "/mnt/" + slashed.substring(0, drive).toLowerCase(Locale.ROOT) + "/" + slashed.substring(drive + 2);
    }

    /** Go's {@code runtime.GOOS} for the JVM's host. */
    public static String hostOs() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) return "windows";
        if (name.startsWith("mac") || name.startsWith("darwin")) return "darwin";
        if (name.startsWith("freebsd")) return "freebsd";
        if (name.startsWith("openbsd")) return "openbsd";
        if (name.startsWith("sunos") || name.startsWith("solaris")) return "solaris";
        return "linux";
    }
}
