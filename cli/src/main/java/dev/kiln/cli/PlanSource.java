package dev.kiln.cli;

/** Where {@code kiln build} gets its builds: the seam between the command and the compiler's Plan (tests plug in jobs here). */
@FunctionalInterface
public interface PlanSource extends AutoCloseable {

    /** The builds of {@code request}'s template, selected by -only/-except, or the diagnostics saying why there are none. */
    PlannedRun plan(BuildRequest request);

    /** Releases what the planned builds still need while they run (clients of secret stores). */
    @Override
    default void close() {}
}
