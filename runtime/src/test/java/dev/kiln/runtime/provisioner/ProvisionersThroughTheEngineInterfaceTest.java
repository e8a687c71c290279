package dev.kiln.runtime.provisioner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.communicator.FakeCommunicator;
import dev.kiln.runtime.plugin.RecordingUi;
import dev.kiln.runtime.plugin.TestConfigs;
import dev.kiln.runtime.plugin.TestContexts;
import dev.kiln.runtime.provisioner.file.FileProvisioner;
import dev.kiln.runtime.provisioner.file.FileProvisionerSchema;
import dev.kiln.runtime.provisioner.shell.ShellProvisioner;
import dev.kiln.runtime.provisioner.shell.ShellSchema;
import dev.kiln.runtime.provisioner.shelllocal.ShellLocalProvisioner;
import dev.kiln.runtime.provisioner.shelllocal.ShellLocalSchema;
import dev.kiln.runtime.spi.ProvisionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provisioners as the engine sees them: made from a configuration, run with a ProvisionContext. */
class ProvisionersThroughTheEngineInterfaceTest {

    private final RecordingUi ui = new RecordingUi();

    @Test
    void shellUsesTheContextsBuildNameAndVariables() throws Exception {
        FakeCommunicator machine = new FakeCommunicator();
        new ShellProvisioner(TestConfigs.values(
                        ShellSchema.SCHEMA, "inline = [\"echo {{ .ID }}\"]\nremote_path = \"/tmp/s.sh\"\n"))
                .provision(TestContexts.provision(ui, machine));
        assertEquals(
                "exec: chmod +x /tmp/s.sh; PACKER_BUILDER_TYPE='null' PACKER_BUILD_NAME='null.example'  /tmp/s.sh",
                machine.log().get(2));
    }

    @Test
    void remoteProvisionersNeedACommunicator() {
        ProvisionException e = assertThrows(
                ProvisionException.class,
                () -> new FileProvisioner(TestConfigs.values(
                                FileProvisionerSchema.SCHEMA, "content = \"x\"\ndestination = \"/x\"\n"))
                        .provision(TestContexts.provision(ui, null)));
        assertTrue(e.getMessage().startsWith("No communicator found for provisioners!"), e.getMessage());
    }

    @Test
    void configErrorsFailTheProvisioner(@TempDir Path dir) throws IOException {
        assertEquals(
                List.of("Bad script '/no/x.sh': stat /no/x.sh: no such file or directory"),
                TestConfigs.problems(ShellSchema.SCHEMA, "script = \"/no/x.sh\"\n"));
        // A script deleted between validate and the build still fails the provisioner, with the same message.
        Path script = Files.writeString(dir.resolve("x.sh"), "echo x");
        ShellProvisioner provisioner =
                new ShellProvisioner(TestConfigs.values(ShellSchema.SCHEMA, "script = \"" + script + "\"\n"));
        Files.delete(script);
        ProvisionException e = assertThrows(
                ProvisionException.class,
                () -> provisioner.provision(TestContexts.provision(ui, new FakeCommunicator())));
        assertEquals("Bad script '" + script + "': stat " + script + ": no such file or directory", e.getMessage());
    }

    @Test
    void shellLocalRunsWithoutACommunicator() throws Exception {
        new ShellLocalProvisioner(TestConfigs.values(
                        ShellLocalSchema.SCHEMA, "inline = [\"echo $PACKER_BUILD_NAME {{ .ID }}\"]\n"))
                .provision(TestContexts.provision(ui, null));
        assertEquals(
                List.of("out: null.example Null"),
                ui.lines().stream().filter(l -> l.startsWith("out:")).toList());
    }
}
