package dev.kiln.runtime.provisioner.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.communicator.FakeCommunicator;
import dev.kiln.runtime.plugin.FakeTime;
import dev.kiln.runtime.plugin.PluginConfigException;
import dev.kiln.runtime.plugin.PluginFailure;
import dev.kiln.runtime.plugin.RecordingUi;
import dev.kiln.runtime.plugin.TestConfigs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoteScriptRunnerTest {

    @TempDir
    Path dir;

    private final FakeTime time = new FakeTime();
    private final RecordingUi ui = new RecordingUi();
    private final FakeCommunicator machine = new FakeCommunicator();

    private RemoteScriptRunner provisioner(String hcl) throws PluginConfigException {
        return new RemoteScriptRunner(
                ShellConfig.decode(TestConfigs.values(ShellSchema.SCHEMA, hcl), new Random(1)),
                time,
                time,
                new Random(2));
    }

    private void run(String hcl) throws Exception {
        provisioner(hcl).provision(ui, machine, Map.of(), "null.example", "null");
    }

    @Test
    void inlineCommandsRunAsOneUploadedScriptWithTheBuildEnvironment() throws Exception {
        machine.shell((command, m, out) -> {
            out.stdout("hello from " + m.files().get("/tmp/s.sh").text().lines().count() + " lines");
            out.stderr("warning");
            return 0;
        });
        run("""
                inline = ["echo hi", "echo {{ build_name }}"]
                remote_path = "/tmp/s.sh"
                environment_vars = ["B=it's", "A=1"]
                env = { C = "3", A = "2" }
                """);
        assertEquals(
                List.of(
                        "upload: /tmp/s.sh (644)",
                        "exec: chmod 0755 /tmp/s.sh",
                        "exec: chmod +x /tmp/s.sh; A='2' B='it'\"'\"'s' C='3' PACKER_BUILDER_TYPE='null' PACKER_BUILD_NAME='null.example'  /tmp/s.sh",
                        "exec: rm -f /tmp/s.sh"),
                machine.log());
        List<String> lines = ui.lines();
        assertTrue(lines.get(0).startsWith("say: Provisioning with shell script: "), lines.get(0));
        assertEquals(List.of("out: hello from 3 lines", "err: warning"), lines.subList(1, 3));
        assertTrue(machine.files().isEmpty(), "the script is removed");
    }

    @Test
    void inlineScriptStartsWithTheShebang() throws Exception {
        machine.shell((command, m, out) -> {
            out.stdout(m.files().get("/tmp/s.sh").text());
            return 0;
        });
        run("inline = [\"echo {{ build_type }}\"]\nremote_path = \"/tmp/s.sh\"\ninline_shebang = \"/bin/bash -x\"\n");
        assertEquals("out: #!/bin/bash -x\necho null\n", ui.lines().get(1));
    }

    @Test
    void useEnvVarFileSourcesTheFileInTheDefaultExecuteCommand() throws Exception {
        // Regression: the schema's unconditional default hid Packer's use_env_var_file default.
        ShellConfig config = ShellConfig.decode(
                TestConfigs.values(ShellSchema.SCHEMA, "inline = [\"true\"]\nuse_env_var_file = true\n"),
                new Random(1));
        assertEquals("chmod +x {{.Path}}; . {{.EnvVarFile}} && {{.Path}}", config.executeCommand());
        assertEquals("export %s='%s'\n", config.envVarFormat());
    }

    @Test
    void defaultRemotePathIsAScriptInTmp() throws Exception {
        ShellConfig config =
                ShellConfig.decode(TestConfigs.values(ShellSchema.SCHEMA, "inline = [\"true\"]\n"), new Random(1));
        assertTrue(config.remotePath().matches("/tmp/script_\\d{1,4}\\.sh"), config.remotePath());
        assertEquals("/bin/sh -e", config.inlineShebang());
        assertEquals(Duration.ofMinutes(5), config.startRetryTimeout());
    }

    @Test
    void scriptsRunInOrderWithCrlfTurnedIntoLf() throws Exception {
        Path a = Files.writeString(dir.resolve("a.sh"), "echo a\r\n");
        Path b = Files.writeString(dir.resolve("b.sh"), "echo b\r\n");
        machine.shell((command, m, out) -> {
            out.stdout(m.files().get("/tmp/s.sh").text().replace("\r", "\\r").trim());
            return 0;
        });
        run("scripts = [\"" + a + "\", \"" + b + "\"]\nremote_path = \"/tmp/s.sh\"\n");
        assertEquals(
                List.of(
                        "say: Provisioning with shell script: " + a,
                        "out: echo a",
                        "say: Provisioning with shell script: " + b,
                        "out: echo b"),
                ui.lines());
    }

    @Test
    void binaryScriptsAreUploadedUnchanged() throws Exception {
        Path a = Files.writeString(dir.resolve("a.sh"), "echo a\r\n");
        machine.shell((command, m, out) -> {
            out.stdout(m.files().get("/tmp/s.sh").text().replace("\r", "\\r").trim());
            return 0;
        });
        run("script = \"" + a + "\"\nremote_path = \"/tmp/s.sh\"\nbinary = true\n");
        assertEquals("out: echo a\\r", ui.lines().get(1));
    }

    @Test
    void exitStatusOutsideValidExitCodesFails() throws Exception {
        machine.shell((command, m, out) -> 3);
        PluginFailure failure = assertThrows(PluginFailure.class, () -> run("inline = [\"exit 3\"]\n"));
        assertEquals("Script exited with non-zero exit status: 3.Allowed exit codes are: [0]", failure.getMessage());
        run("inline = [\"exit 3\"]\nvalid_exit_codes = [0, 3]\n");
    }

    @Test
    void disconnectIsAnErrorUnlessExpected() throws Exception {
        machine.shell((command, m, out) -> {
            throw new IOException("connection reset");
        });
        PluginFailure failure = assertThrows(PluginFailure.class, () -> run("inline = [\"reboot\"]\n"));
        assertTrue(failure.getMessage().startsWith("Script disconnected unexpectedly."), failure.getMessage());
        run("inline = [\"reboot\"]\nexpect_disconnect = true\n");
        run("inline = [\"reboot\"]\nvalid_exit_codes = [0, 2300218]\n");
    }

    @Test
    void envVarFileIsUploadedAndSourced() throws Exception {
        machine.shell((command, m, out) -> {
            m.files().forEach((path, f) -> out.stdout(path + ": " + f.text()));
            return 0;
        });
        run("inline = [\"env\"]\nremote_path = \"/tmp/s.sh\"\nuse_env_var_file = true\nenvironment_vars = [\"A=1\"]\n");
        List<String> log = machine.log();
        String varFile = log.get(0).replaceAll("upload: (\\S+) .*", "$1");
        assertTrue(varFile.matches("/tmp/varfile_\\d+\\.sh"), varFile);
        assertEquals("exec: chmod 0600 " + varFile, log.get(1));
        assertEquals("exec: chmod +x /tmp/s.sh; . " + varFile + " && /tmp/s.sh", log.get(4));
        assertEquals("out: /tmp/s.sh: #!/bin/sh -e\nenv\n", ui.lines().get(1));
        assertEquals(
                "out: " + varFile + ": export A='1'\nexport PACKER_BUILDER_TYPE='null'\n"
                        + "export PACKER_BUILD_NAME='null.example'\n",
                ui.lines().get(2));
        assertEquals(List.of("exec: rm -f /tmp/s.sh", "exec: rm -f " + varFile), log.subList(5, 7));
    }

    @Test
    void customExecuteCommandAndEnvVarFormat() throws Exception {
        run("inline = [\"x\"]\nremote_path = \"/tmp/s.sh\"\nenv_var_format = \"export %s=%s; \"\n"
                + "execute_command = \"sudo -S sh -c '{{ .Vars }}{{ .Path }}'\"\nskip_clean = true\n");
        assertEquals(
                "exec: sudo -S sh -c 'export PACKER_BUILDER_TYPE=null; export PACKER_BUILD_NAME=null.example; /tmp/s.sh'",
                machine.log().get(2));
        assertEquals(3, machine.log().size(), "skip_clean leaves the script");
        assertTrue(machine.files().containsKey("/tmp/s.sh"));
    }

    @Test
    void uploadsAreRetriedUntilStartRetryTimeout() throws Exception {
        machine.failUploads(2);
        run("inline = [\"x\"]\nremote_path = \"/tmp/s.sh\"\n");
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), time.pauses());

        FakeCommunicator down = new FakeCommunicator().failUploads(1000);
        PluginFailure failure = assertThrows(
                PluginFailure.class,
                () -> provisioner("inline = [\"x\"]\nstart_retry_timeout = \"10s\"\n")
                        .provision(ui, down, Map.of(), "b", "null"));
        assertEquals("Error uploading script: connection refused", failure.getMessage());
    }

    @Test
    void pauseAfterWaitsOnceAllScriptsRan() throws Exception {
        run("inline = [\"x\"]\npause_after = \"1m30s\"\n");
        assertEquals(
                "say: Pausing 1m30s after this provisioner...",
                ui.lines().get(ui.lines().size() - 1));
        assertEquals(List.of(Duration.ofSeconds(90)), time.pauses());
    }

    @Test
    void httpVariablesJoinTheEnvironmentWhenTheBuilderServesHttp() throws Exception {
        provisioner("inline = [\"x\"]\nremote_path = \"/tmp/s.sh\"\n")
                .provision(
                        ui,
                        machine,
                        Map.of(
                                "PackerHTTPAddr",
                                "10.0.0.1:8080",
                                "PackerHTTPIP",
                                "ERR_HTTP_IP_NOT_IMPLEMENTED_BY_BUILDER"),
                        "b",
                        "t");
        assertEquals(
                "exec: chmod +x /tmp/s.sh; PACKER_BUILDER_TYPE='t' PACKER_BUILD_NAME='b' PACKER_HTTP_ADDR='10.0.0.1:8080'  /tmp/s.sh",
                machine.log().get(2));
    }

    @Test
    void configErrorsOnlyTheHostCanTell() {
        assertEquals(
                List.of("Bad script '/nonexistent/x.sh': stat /nonexistent/x.sh: no such file or directory"),
                TestConfigs.problems(ShellSchema.SCHEMA, "script = \"/nonexistent/x.sh\"\n"));
        // A bad duration is no longer left to the host: the schema reports it wherever the value is known.
        assertEquals(
                List.of("time: invalid duration \"soon\""),
                TestConfigs.details(ShellSchema.SCHEMA, "inline = [\"x\"]\npause_after = \"soon\"\n"));
    }

    @Test
    void schemaRulesCarryPackersMessages() throws IOException {
        String a = Files.writeString(dir.resolve("a"), "a").toString();
        String b = Files.writeString(dir.resolve("b"), "b").toString();
        assertEquals(
                List.of("Either a script file or inline script must be specified."),
                TestConfigs.problems(ShellSchema.SCHEMA, ""));
        assertEquals(
                List.of("Only one of script or scripts can be specified."),
                TestConfigs.problems(ShellSchema.SCHEMA, "script = \"" + a + "\"\nscripts = [\"" + b + "\"]\n"));
        assertEquals(
                List.of("Only a script file or an inline script can be specified, not both."),
                TestConfigs.problems(ShellSchema.SCHEMA, "script = \"" + a + "\"\ninline = [\"b\"]\n"));
        assertEquals(
                List.of("Environment variable not in format 'key=value': FOO"),
                TestConfigs.problems(ShellSchema.SCHEMA, "inline = [\"b\"]\nenvironment_vars = [\"FOO\"]\n"));
        assertFalse(TestConfigs.problems(ShellSchema.SCHEMA, "inline = [\"b\"]\n")
                .iterator()
                .hasNext());
    }
}
