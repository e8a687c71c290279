package dev.kiln.cli.build;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Catches SIGINT, SIGTERM and SIGHUP while builds run, so that they are cancelled and cleaned up
 * instead of the JVM exiting at once (which left local scripts running, temporary scripts behind
 * and cloud resources undeleted when a terminal closed); gives Go's signal names ("interrupt",
 * "terminated", "hangup") for Packer's message. Restores the previous handlers on {@link #close()}.
 */
public final class SignalTrap implements AutoCloseable {

    private record Installed(Signal signal, SignalHandler previous) {}

    private final List<Installed> installed = new ArrayList<>();

    /** Calls {@code onSignal} with the signal's Go name each time SIGINT, SIGTERM or SIGHUP arrives. */
    public SignalTrap(Consumer<String> onSignal) {
        install("INT", "interrupt", onSignal);
        install("TERM", "terminated", onSignal);
        install("HUP", "hangup", onSignal);
    }

    private void install(String name, String goName, Consumer<String> onSignal) {
        try {
            Signal signal = new Signal(name);
            installed.add(new Installed(signal, Signal.handle(signal, s -> onSignal.accept(goName))));
        } catch (IllegalArgumentException e) {
            // The signal does not exist here, or the JVM reserves it (-Xrs): builds are then just not cancellable by
            // it.
        }
    }

    @Override
    public void close() {
        for (Installed i : installed) Signal.handle(i.signal(), i.previous());
    }
}
