package dev.kiln.runtime.provisioner.sleep;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.plugin.Pause;
import dev.kiln.runtime.plugin.PluginConfigException;
import dev.kiln.runtime.spi.ProvisionContext;
import dev.kiln.runtime.spi.ProvisionException;
import dev.kiln.runtime.spi.Provisioner;
import dev.kiln.runtime.spi.Wait;
import dev.kiln.stdlib.go.GoDuration;
import java.time.Duration;
import java.util.List;

/** The {@code sleep} provisioner: waits for {@code duration}, silently, unless the build is cancelled. */
public final class SleepProvisioner implements Provisioner {

    private final ConfigView values;
    private final Pause pause;

    /** The provisioner configured by {@code config} (registered as {@code SleepProvisioner::new}). */
    public SleepProvisioner(ConfigView config) {
        this(config, Pause.SLEEP);
    }

    /** A provisioner configured by {@code values}, waiting with {@code pause}. */
    public SleepProvisioner(ConfigView values, Pause pause) {
        this.values = values;
        this.pause = pause;
    }

    /** The duration option; an unparseable one is a configuration error. */
    public static Duration decode(ConfigView c) throws PluginConfigException {
        try {
            return c.text("duration").isEmpty() ? Duration.ZERO : GoDuration.parse(c.text("duration"));
        } catch (IllegalArgumentException e) {
            throw new PluginConfigException(List.of(e.getMessage()));
        }
    }

    /** Waits; throws when the build is cancelled meanwhile. */
    @Override
    public void provision(ProvisionContext context) throws ProvisionException, InterruptedException {
        try {
            Duration duration = decode(values);
            // Packer's sleep prints nothing: only a terminal shows a transient elapsed time.
            try (Wait sleeping = context.ui().startQuietWait("Sleeping for " + GoDuration.format(duration) + "...")) {
                pause.sleep(duration);
            }
        } catch (PluginConfigException e) {
            throw new ProvisionException(e.getMessage(), e);
        }
    }
}
