package dev.kiln.cli.build;

/** Runs a task once a second until cancelled: what animates a wait's elapsed time; tests tick by hand. */
@FunctionalInterface
public interface Ticker {

    /** Runs {@code task} every second, the first time after a second; the result cancels it. */
    AutoCloseable everySecond(Runnable task);
}
