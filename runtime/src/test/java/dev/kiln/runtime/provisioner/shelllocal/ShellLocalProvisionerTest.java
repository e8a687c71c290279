package dev.kiln.runtime.provisioner.shelllocal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.plugin.PluginConfigException;
import dev.kiln.runtime.plugin.PluginFailure;
import dev.kiln.runtime.plugin.RecordingUi;
import dev.kiln.runtime.plugin.TestConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs real commands with /bin/sh on the test host. */
class ShellLocalProvisionerTest {

    @TempDir
    Path dir;

    private final RecordingUi ui = new RecordingUi();

    private void run(String hcl) throws Exception {
        new ShellLocalRunner(
                        ShellLocalConfig.decode(TestConfigs.values(ShellLocalSchema.forHost("linux"), hcl)), "linux")
                .run(ui, Map.of("ID", "i-9"), "null.local", "null");
    }

    @Test
    void inlineCommandsRunWithTheEnvironmentAndStreamOutput() throws Exception {
        run("""
                inline = ["echo \\"$PACKER_BUILD_NAME/$PACKER_BUILDER_TYPE $GREETING $QUOTE\\"", "echo oops >&2", "echo {{ .ID }}"]
                environment_vars = ["GREETING=hello"]
                env = { QUOTE = "it's" }
                """);
        List<String> lines = ui.lines();
        assertTrue(lines.get(0).matches("say: Running local shell script: .*packer-shell.*"), lines.get(0));
        assertEquals(
                List.of("out: null.local/null hello it's", "out: i-9"),
                lines.stream().filter(l -> l.startsWith("out:")).toList());
        assertEquals(
                List.of("err: oops"),
                lines.stream().filter(l -> l.startsWith("err:")).toList());
    }

    @Test
    void commandIsOneInlineLineAndShebangIsUsedOnlyThroughExecuteCommand() throws Exception {
        run(
                "command = \"echo $0\"\nexecute_command = [\"/bin/bash\", \"{{.Script}}\"]\ninline_shebang = \"/bin/bash\"\n");
        assertTrue(
                ui.lines().get(1).matches("out: /.*packer-shell.*"), ui.lines().get(1));
    }

    @Test
    void scriptsRunInOrderThroughExecuteCommand() throws Exception {
        Path a = Files.writeString(dir.resolve("a.sh"), "echo a \"$X\"\n");
        Path b = Files.writeString(dir.resolve("b.sh"), "echo b\n");
        // The default execute_command runs the script itself, so it must be executable (as in Packer).
        for (Path p : List.of(a, b))
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        run("scripts = [\"" + a + "\", \"" + b + "\"]\nenvironment_vars = [\"X=1\"]\n");
        assertEquals(
                List.of(
                        "say: Running local shell script: " + a,
                        "out: a 1",
                        "say: Running local shell script: " + b,
                        "out: b"),
                ui.lines());
    }

    @Test
    void exitCodes() throws Exception {
        PluginFailure failure = assertThrows(PluginFailure.class, () -> run("inline = [\"exit 4\"]\n"));
        assertEquals("Script exited with non-zero exit status: 4.Allowed exit codes are: [0]", failure.getMessage());
        run("inline = [\"exit 4\"]\nvalid_exit_codes = [4]\n");
    }

    @Test
    void onlyOnSkipsOtherOperatingSystems() throws Exception {
        run("inline = [\"echo ran\"]\nonly_on = [\"darwin\", \"windows\"]\n");
        assertEquals(List.of("say: Skipping shell-local due to runtime OS"), ui.lines());
    }

    @Test
    void tempfileExtensionNamesTheInlineScript() throws Exception {
        run("inline = [\"echo $0\"]\ntempfile_extension = \".sh\"\nexecute_command = [\"/bin/sh\", \"{{.Script}}\"]\n");
        assertTrue(ui.lines().get(1).endsWith(".sh"), ui.lines().get(1));
    }

    @Test
    void unknownCommandFailsToStart() {
        PluginFailure failure = assertThrows(
                PluginFailure.class,
                () -> run("inline = [\"true\"]\nexecute_command = [\"/no/such/shell\", \"{{.Script}}\"]\n"));
        assertTrue(failure.getMessage().startsWith("Error executing script: /"), failure.getMessage());
    }

    @Test
    void configErrorsOnlyTheHostCanTell() {
        PluginConfigException e = assertThrows(
                PluginConfigException.class,
                () -> ShellLocalConfig.decode(TestConfigs.values(
                        ShellLocalSchema.forHost("linux"), "inline = [\"x\"]\nuse_linux_pathing = true\n")));
        assertEquals(
                List.of("Packer is unable to use the Command and Inline features with the Windows Linux Subsystem."
                        + " Please use the Script or Scripts options instead"),
                e.errors());
        assertEquals(
                "/mnt/c/Users/me/x.sh", ShellLocalConfig.linuxPath("C:\\Users\\me\\x.sh", new java.util.ArrayList<>()));
    }

    @Test
    void windowsDefaults() throws Exception {
        // Regression: read as build reads it, the schema's /bin/sh default used to win over Windows' cmd.
        ShellLocalConfig config = ShellLocalConfig.decode(
                TestConfigs.values(ShellLocalSchema.forHost("windows"), "inline = [\"dir\"]\n"));
        assertEquals(List.of("cmd", "/V", "/C", "{{.Vars}}", "call", "{{.Script}}"), config.executeCommand());
        assertEquals("cmd", config.tempfileExtension());
        assertEquals("set %s=%s && ", config.envVarFormat());
    }

    @Test
    void schemaRulesCarryPackersMessages() {
        assertEquals(
                List.of("Command, Inline, Script and Scripts options cannot all be empty."),
                TestConfigs.problems(ShellLocalSchema.SCHEMA, ""));
        assertEquals(
                List.of("You may only specify one of the following options: Command, Inline, Script or Scripts."
                        + " Please consolidate these options in your config."),
                TestConfigs.problems(ShellLocalSchema.SCHEMA, "command = \"a\"\ninline = [\"b\"]\n"));
        assertEquals(
                List.of(
                        "Invalid OS specified in only_on: 'beos'\nSupported OS names: darwin, freebsd, linux, openbsd, solaris, windows"),
                TestConfigs.problems(ShellLocalSchema.SCHEMA, "command = \"a\"\nonly_on = [\"beos\"]\n"));
    }
}
