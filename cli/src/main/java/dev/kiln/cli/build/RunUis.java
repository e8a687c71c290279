package dev.kiln.cli.build;

import dev.kiln.runtime.engine.BuildUis;
import dev.kiln.runtime.spi.Ui;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.function.Supplier;

/**
 * Makes every UI of a {@code kiln build} run in one of Packer's two styles: the terminal style
 * (prefixed, coloured per build, optionally timestamped) or {@code -machine-readable}.
 */
public final class RunUis implements BuildUis {

    private final Console console;
    private final boolean machineReadable;
    private final boolean colored;
    private final Supplier<ZonedDateTime> timestamps;
    private final Clock clock;
    private final LiveTerminal live;

    /**
     * UIs on {@code console}; {@code colored} adds ANSI colours, {@code timestamped} RFC 3339
     * times (terminal style only); {@code clock} gives the times.
     */
    public RunUis(Console console, boolean machineReadable, boolean colored, boolean timestamped, Clock clock) {
        this(console, machineReadable, colored, timestamped, clock, null);
    }

    /**
     * As the other constructor; {@code live} (null: none) draws transfer bars and elapsed times,
     * only given when the output is a terminal. Machine-readable output never gets them.
     */
    public RunUis(
            Console console,
            boolean machineReadable,
            boolean colored,
            boolean timestamped,
            Clock clock,
            LiveTerminal live) {
        this.live = machineReadable ? null : live;
        this.console = console;
        this.machineReadable = machineReadable;
        this.colored = colored && !machineReadable;
        this.timestamps = timestamped && !machineReadable ? () -> ZonedDateTime.now(clock) : null;
        this.clock = clock;
    }

    /** Whether this is the machine-readable style. */
    public boolean machineReadable() {
        return machineReadable;
    }

    /** The run's own UI (the summary), neither prefixed nor coloured. */
    public Ui global() {
        return machineReadable
                ? new MachineReadableUi(console, null, clock)
                : new HumanUi(console, null, AnsiColor.GREEN, false, null);
    }

    /** The build's colour without a prefix ("Build 'x' finished ...", "output will be in this color."). */
    public Ui untargeted(int index) {
        return machineReadable
                ? new MachineReadableUi(console, null, clock)
                : new HumanUi(console, null, AnsiColor.forBuild(index), colored, timestamps);
    }

    @Override
    public Ui build(String name, int index) {
        return machineReadable
                ? new MachineReadableUi(console, name, clock)
                : new HumanUi(console, name, AnsiColor.forBuild(index), colored, timestamps, live);
    }

    @Override
    public Ui postProcessor(String name, int index, String type) {
        return build(name + " (" + type + ")", index);
    }

    /** Writes a machine-readable line (nothing in the terminal style, as Packer's BasicUi). */
    public void machine(String target, String type, String... data) {
        if (machineReadable) new MachineReadableUi(console, null, clock).machine(target, type, data);
    }
}
