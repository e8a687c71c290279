package dev.kiln.runtime.provisioner.sleep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.runtime.plugin.FakeTime;
import dev.kiln.runtime.plugin.PluginConfigException;
import dev.kiln.runtime.plugin.RecordingUi;
import dev.kiln.runtime.plugin.TestConfigs;
import dev.kiln.runtime.plugin.TestContexts;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SleepProvisionerTest {

    @Test
    void sleepsForTheDuration() throws Exception {
        FakeTime time = new FakeTime();
        new SleepProvisioner(TestConfigs.values(SleepSchema.SCHEMA, "duration = \"1m30s\"\n"), time)
                .provision(TestContexts.provision(new RecordingUi(), null));
        assertEquals(List.of(Duration.ofSeconds(90)), time.pauses());
    }

    @Test
    void realSleepIsInterruptible() {
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> new SleepProvisioner(TestConfigs.values(SleepSchema.SCHEMA, "duration = \"1h\"\n"),
                dev.kiln.runtime.plugin.Pause.SLEEP).provision(TestContexts.provision(new RecordingUi(), null)));
    }

    @Test
    void badDurations() {
        assertEquals(List.of("time: invalid duration \"soon\""), TestConfigs.problems(SleepSchema.SCHEMA, "duration = \"soon\"\n"));
        assertEquals(List.of("time: missing unit in duration \"10\""), TestConfigs.problems(SleepSchema.SCHEMA, "duration = \"10\"\n"));
        assertThrows(PluginConfigException.class, () -> SleepProvisioner.decode(
                dev.kiln.runtime.plugin.ConfigValues.of(java.util.Map.of("duration", dev.kiln.stdlib.value.Value.string("x")))));
    }
}
