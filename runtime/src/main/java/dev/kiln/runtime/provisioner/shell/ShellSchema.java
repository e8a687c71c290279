package dev.kiln.runtime.provisioner.shell;

import static dev.kiln.compiler.schema.AttributeSchema.bool;
import static dev.kiln.compiler.schema.AttributeSchema.duration;
import static dev.kiln.compiler.schema.AttributeSchema.string;
import static dev.kiln.compiler.schema.AttributeSchema.stringList;
import static dev.kiln.compiler.schema.AttributeSchema.stringMap;

import dev.kiln.compiler.schema.AttributeSchema;
import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.ConfigRule;
import dev.kiln.compiler.schema.ConfigRules;
import dev.kiln.compiler.schema.RuleViolation;
import dev.kiln.runtime.spi.LocalFiles;
import dev.kiln.runtime.spi.PackerCoreSchema;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.List;

/** The {@code shell} provisioner: runs scripts on the machine over the communicator. */
public final class ShellSchema {

    private ShellSchema() {}

    /** {@code environment_vars} entries must be {@code KEY=VALUE} (shared with shell-local). */
    public static final ConfigRule ENVIRONMENT_FORMAT = config -> {
        List<RuleViolation> out = new ArrayList<>();
        for (Value v : config.elements("environment_vars")) {
            if (v.unmarkDeep() instanceof dev.kiln.stdlib.value.StringValue s
                    && !s.value().contains("=")) {
                out.add(RuleViolation.error(
                        "environment_vars", "Environment variable not in format 'key=value': " + s.value()));
            }
        }
        return out;
    };

    /** The schema. */
    public static final BlockSchema SCHEMA = BlockSchema.builder("Runs shell scripts on the machine being built.")
            .include(PackerCoreSchema.SCHEMA)
            .attribute(stringList("inline", "Commands to run, one a line of a generated script."))
            .attribute(string("script", "Path of a script to upload and run."))
            .attribute(stringList("scripts", "Paths of scripts to upload and run in order."))
            .attribute(stringList("environment_vars", "KEY=VALUE pairs set for the scripts."))
            .attribute(stringMap("env", "Environment variables (win over environment_vars)."))
            .attribute(string("env_var_format", "How one variable is written into the command.")
                    .withDefault(
                            "export lines with use_env_var_file, else inline assignments",
                            c -> Value.string(c.isTrue("use_env_var_file") ? "export %s='%s'\n" : "%s='%s' ")))
            .attribute(bool("use_env_var_file", "Write the variables into a file sourced by the command."))
            .attribute(string("execute_command", "Command that runs a script.")
                    .withDefault(
                            "sources the env var file with use_env_var_file, else inlines the variables",
                            c -> Value.string(
                                    c.isTrue("use_env_var_file")
                                            ? "chmod +x {{.Path}}; . {{.EnvVarFile}} && {{.Path}}"
                                            : "chmod +x {{.Path}}; {{.Vars}} {{.Path}}")))
            .attribute(
                    string("inline_shebang", "Shebang of the inline script.").withDefault(Value.string("/bin/sh -e")))
            .attribute(string("remote_folder", "Where scripts are uploaded.").withDefault(Value.string("/tmp")))
            .attribute(string("remote_file", "Name of the uploaded script."))
            .attribute(string("remote_path", "Full path of the uploaded script."))
            .attribute(bool("binary", "Upload scripts unchanged (no CRLF to LF)."))
            .attribute(AttributeSchema.optional(
                    "valid_exit_codes", Type.list(Type.NUMBER), "Exit codes that count as success."))
            .attribute(bool("expect_disconnect", "A disconnect during the script is not an error."))
            .attribute(duration("start_retry_timeout", "How long to retry starting a script.")
                    .withDefault(Value.string("5m")))
            .attribute(duration("pause_after", "Duration to wait after the scripts."))
            .attribute(bool("skip_clean", "Leave the uploaded scripts on the machine."))
            .rule(ConfigRules.atLeastOne(
                    "Either a script file or inline script must be specified.", "inline", "script", "scripts"))
            .rule(ConfigRules.atMostOne("Only one of script or scripts can be specified.", "script", "scripts"))
            .rule(c -> c.isNonZero("inline") && (c.isNonZero("script") || c.isNonZero("scripts"))
                    ? List.of(RuleViolation.error(
                            "inline", "Only a script file or an inline script can be specified, not both."))
                    : List.of())
            .rule(ENVIRONMENT_FORMAT)
            .rule(LocalFiles.mustExist(c -> true, ShellSchema::badScript, "script", "scripts"))
            .build();

    /** Packer's error for a script that does not exist; {@code statError} is Go's os.Stat error. */
    public static String badScript(String script, String statError) {
        return "Bad script '" + script + "': " + statError;
    }
}
