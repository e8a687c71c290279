package dev.kiln.runtime.provisioner.sleep;

import dev.kiln.runtime.plugin.ConfigValues;
import dev.kiln.runtime.plugin.GoDuration;
import dev.kiln.runtime.plugin.Pause;
import dev.kiln.runtime.plugin.PluginConfigException;
import java.time.Duration;
import java.util.List;

/** The {@code sleep} provisioner: waits for {@code duration}, silently, unless the build is cancelled. */
public final class SleepProvisioner {

    private final Duration duration;
    private final Pause pause;

    /** A provisioner waiting {@code duration} with {@code pause}. */
    public SleepProvisioner(Duration duration, Pause pause) {
        this.duration = duration;
        this.pause = pause;
    }

    /** The duration option; an unparseable one is a configuration error. */
    public static Duration decode(ConfigValues c) throws PluginConfigException {
        try {
            return c.string("duration").isEmpty() ? Duration.ZERO : GoDuration.parse(c.string("duration"));
        } catch (IllegalArgumentException e) {
            throw new PluginConfigException(List.of(e.getMessage()));
        }
    }

    /** Waits; throws when the build is cancelled meanwhile. */
    public void provision() throws InterruptedException {
        pause.sleep(duration);
    }
}
