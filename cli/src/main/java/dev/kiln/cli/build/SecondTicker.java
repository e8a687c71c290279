package dev.kiln.cli.build;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The real {@link Ticker}: one daemon thread for the whole run, started on first use, so a run
 * without waits starts no thread and a pending tick never keeps the JVM alive.
 */
final class SecondTicker implements Ticker {

    private ScheduledExecutorService executor;

    @Override
    public synchronized AutoCloseable everySecond(Runnable task) {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "kiln-ui-ticker");
                thread.setDaemon(true);
                return thread;
            });
        }
        ScheduledFuture<?> future = executor.scheduleAtFixedRate(task, 1, 1, TimeUnit.SECONDS);
        return () -> future.cancel(false);
    }
}
