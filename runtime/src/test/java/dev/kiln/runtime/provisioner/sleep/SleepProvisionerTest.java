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
        assertThrows(
                InterruptedException.class,
                () -> new SleepProvisioner(
                                TestConfigs.values(SleepSchema.SCHEMA, "duration = \"1h\"\n"),
                                dev.kiln.runtime.plugin.Pause.SLEEP)
                        .provision(TestContexts.provision(new RecordingUi(), null)));
    }

    @Test
    void badDurations() {
        // One wording for every duration option: "Failed to parse NAME duration", Go's error as the detail.
        assertEquals(
                List.of("time: invalid duration \"soon\""),
                TestConfigs.details(SleepSchema.SCHEMA, "duration = \"soon\"\n"));
        assertEquals(
                List.of("time: missing unit in duration \"10\""),
                TestConfigs.details(SleepSchema.SCHEMA, "duration = \"10\"\n"));
        assertEquals(
                List.of("Failed to parse duration duration"),
                TestConfigs.problems(SleepSchema.SCHEMA, "duration = \"10\"\n"));
        // A value the checks could not see (never the case after evaluation) still fails cleanly.
        assertThrows(PluginConfigException.class, () -> SleepProvisioner.decode(new UncheckedDuration("x")));
    }

    /** A configuration whose duration skipped the schema's checks. */
    private record UncheckedDuration(String text) implements dev.kiln.compiler.schema.ConfigView {
        @Override
        public boolean isSet(String name) {
            return name.equals("duration");
        }

        @Override
        public dev.kiln.stdlib.value.Value value(String name) {
            return name.equals("duration")
                    ? dev.kiln.stdlib.value.Value.string(text)
                    : dev.kiln.stdlib.value.Value.nullOf(dev.kiln.stdlib.type.Type.STRING);
        }

        @Override
        public java.util.List<dev.kiln.compiler.schema.ConfigView> blocks(String type) {
            return java.util.List.of();
        }

        @Override
        public dev.kiln.compiler.source.SourceRange rangeOf(String name) {
            return null;
        }

        @Override
        public dev.kiln.compiler.source.SourceRange definitionRange() {
            return null;
        }
    }
}
