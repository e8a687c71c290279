package dev.kiln.runtime.provisioner.breakpoint;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.spi.ProvisionContext;
import dev.kiln.runtime.spi.Provisioner;
import dev.kiln.runtime.spi.Ui;

/** The {@code breakpoint} provisioner: pauses the build until Enter is pressed, to look at the machine. */
public final class BreakpointProvisioner implements Provisioner {

    /** The options: the note shown while paused, and whether the breakpoint is switched off. */
    public record Config(String note, boolean disable) {
        /** Decodes the options (see {@link BreakpointSchema}). */
        public static Config decode(ConfigView c) {
            return new Config(c.text("note"), c.isTrue("disable"));
        }
    }

    private final Config config;

    /** The breakpoint configured by {@code config} (registered as {@code BreakpointProvisioner::new}). */
    public BreakpointProvisioner(ConfigView config) {
        this(Config.decode(config));
    }

    /** A breakpoint with {@code config}. */
    public BreakpointProvisioner(Config config) {
        this.config = config;
    }

    @Override
    public void provision(ProvisionContext context) throws InterruptedException {
        provision(context.ui());
    }

    /** Announces the pause and waits for an answer on the terminal. */
    public void provision(Ui ui) throws InterruptedException {
        String note = config.note().isEmpty() ? "" : " with note \"" + config.note() + "\"";
        if (config.disable()) {
            ui.say("Breakpoint provisioner" + note + " disabled; continuing...");
            return;
        }
        ui.say("Pausing at breakpoint provisioner" + note + ".");
        ui.ask("Press enter to continue.");
    }
}
