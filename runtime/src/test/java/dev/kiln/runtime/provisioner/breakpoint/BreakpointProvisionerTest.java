package dev.kiln.runtime.provisioner.breakpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.runtime.plugin.RecordingUi;
import dev.kiln.runtime.plugin.TestConfigs;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreakpointProvisionerTest {

    private List<String> run(String hcl) throws InterruptedException {
        RecordingUi ui = new RecordingUi().answer("");
        new BreakpointProvisioner(BreakpointProvisioner.Config.decode(TestConfigs.values(BreakpointSchema.SCHEMA, hcl)))
                .provision(ui);
        return ui.lines();
    }

    @Test
    void pausesUntilEnter() throws InterruptedException {
        assertEquals(
                List.of(
                        "say: Pausing at breakpoint provisioner with note \"look around\".",
                        "ask: Press enter to continue."),
                run("note = \"look around\"\n"));
        assertEquals(List.of("say: Pausing at breakpoint provisioner.", "ask: Press enter to continue."), run(""));
    }

    @Test
    void disabledBreakpointsOnlySaySo() throws InterruptedException {
        assertEquals(
                List.of("say: Breakpoint provisioner with note \"x\" disabled; continuing..."),
                run("note = \"x\"\ndisable = true\n"));
        assertEquals(List.of("say: Breakpoint provisioner disabled; continuing..."), run("disable = true\n"));
    }
}
