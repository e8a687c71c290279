package dev.kiln.runtime.provisioner.shelllocal;

import static dev.kiln.compiler.schema.AttributeSchema.bool;
import static dev.kiln.compiler.schema.AttributeSchema.string;
import static dev.kiln.compiler.schema.AttributeSchema.stringList;
import static dev.kiln.compiler.schema.AttributeSchema.stringMap;

import dev.kiln.compiler.schema.AttributeSchema;
import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.ConfigRules;
import dev.kiln.compiler.schema.RuleViolation;
import dev.kiln.runtime.provisioner.shell.ShellSchema;
import dev.kiln.runtime.spi.LocalFiles;
import dev.kiln.runtime.spi.PackerCoreSchema;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The {@code shell-local} provisioner (and post-processor, which share the SDK's config): runs commands on the kiln host. */
public final class ShellLocalSchema {

    private ShellLocalSchema() {}

    private static final Set<String> OPERATING_SYSTEMS =
            Set.of("darwin", "freebsd", "linux", "openbsd", "solaris", "windows");

    /** The schema on this host (its defaults depend on the operating system, as Packer's do). */
    public static final BlockSchema SCHEMA = forHost(ShellLocalConfig.hostOs());

    /** The schema on a host whose Go {@code GOOS} is {@code hostOs}. */
    public static BlockSchema forHost(String hostOs) {
        boolean windows = hostOs.equals("windows");
        AttributeSchema executeCommand = stringList("execute_command", "The command line that runs a script.")
                .withDefault(
                        windows
                                ? Value.list(List.of(
                                        Value.string("cmd"),
                                        Value.string("/V"),
                                        Value.string("/C"),
                                        Value.string("{{.Vars}}"),
                                        Value.string("call"),
                                        Value.string("{{.Script}}")))
                                : Value.list(
                                        Value.string("/bin/sh"),
                                        Value.string("-c"),
                                        Value.string("{{.Vars}} {{.Script}}")));
        AttributeSchema shebang = string("inline_shebang", "Shebang of the inline script.");
        AttributeSchema extension = string("tempfile_extension", "Extension of the generated script.");
        return BlockSchema.builder("Runs commands on the machine running kiln.")
                .include(PackerCoreSchema.SCHEMA)
                .attribute(string("command", "A single command to run."))
                .attribute(stringList("inline", "Commands to run, one a line of a generated script."))
                .attribute(string("script", "Path of a script to run."))
                .attribute(stringList("scripts", "Paths of scripts to run in order."))
                .attribute(stringList("environment_vars", "KEY=VALUE pairs set for the commands."))
                .attribute(stringMap("env", "Environment variables (win over environment_vars)."))
                .attribute(string("env_var_format", "How one variable is written into the command.")
                        .withDefault(
                                windows
                                        ? "set commands on Windows without use_linux_pathing, else inline assignments"
                                        : "inline assignments",
                                c -> Value.string(
                                        windows && !c.isTrue("use_linux_pathing") ? "set %s=%s && " : "%s='%s' ")))
                .attribute(executeCommand)
                .attribute(windows ? shebang : shebang.withDefault(Value.string("/bin/sh -e")))
                .attribute(stringList("only_on", "Run only on these host operating systems."))
                .attribute(windows ? extension.withDefault(Value.string(".cmd")) : extension)
                .attribute(bool("use_linux_pathing", "Use Linux paths under Windows Subsystem for Linux."))
                .attribute(AttributeSchema.optional(
                        "valid_exit_codes", Type.list(Type.NUMBER), "Exit codes that count as success."))
                .rule(ConfigRules.atLeastOne(
                        "Command, Inline, Script and Scripts options cannot all be empty.",
                        "command",
                        "inline",
                        "script",
                        "scripts"))
                .rule(ConfigRules.atMostOne(
                        "You may only specify one of the following options: Command, Inline, Script or"
                                + " Scripts. Please consolidate these options in your config.",
                        "command",
                        "inline",
                        "script",
                        "scripts"))
                .rule(config -> {
                    List<RuleViolation> out = new ArrayList<>();
                    for (Value v : config.elements("only_on")) {
                        if (v.unmarkDeep() instanceof StringValue s && !OPERATING_SYSTEMS.contains(s.value())) {
                            out.add(RuleViolation.error(
                                    "only_on",
                                    "Invalid OS specified in only_on: '" + s.value() + "'\n"
                                            + "Supported OS names: darwin, freebsd, linux, openbsd, solaris, windows"));
                        }
                    }
                    return out;
                })
                .rule(ShellSchema.ENVIRONMENT_FORMAT)
                .rule(LocalFiles.mustExist(c -> true, ShellSchema::badScript, "script", "scripts"))
                .build();
    }
}
