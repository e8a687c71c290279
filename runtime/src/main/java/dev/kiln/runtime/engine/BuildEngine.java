package dev.kiln.runtime.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs builds in parallel, at most {@link EngineOptions#threads} at a time, in the order given
 * (a FIFO pool, so {@code -parallel-builds=1} runs them one after the other), and cancels every
 * running build on {@link #cancel()}: each build's state is cancelled and its thread interrupted,
 * then each runs its cleanups; builds not started yet never start.
 */
public final class BuildEngine {

    private final EngineOptions options;
    private final BuildUis uis;
    private final Consumer<BuildOutcome> onFinished;
    private final Map<Integer, Running> running = new ConcurrentHashMap<>();
    private volatile boolean cancelled;

    /** An engine that reports each finished build to {@code onFinished} (from the build's thread). */
    public BuildEngine(EngineOptions options, BuildUis uis, Consumer<BuildOutcome> onFinished) {
        this.options = options;
        this.uis = uis;
        this.onFinished = onFinished;
    }

    private record Running(BuildRunner runner, Thread thread) {}

    /** Runs {@code jobs} and returns their outcomes in the same order, once every build (and its cleanup) ended. */
    public List<BuildOutcome> run(List<BuildJob> jobs) throws InterruptedException {
        if (jobs.isEmpty()) return List.of();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(jobs.size()), r -> {
            Thread t = new Thread(r, "kiln-build-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<BuildOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                int index = i;
                futures.add(pool.submit(() -> runOne(jobs.get(index), index)));
            }
            List<BuildOutcome> outcomes = new ArrayList<>();
            for (Future<BuildOutcome> future : futures) {
                outcomes.add(await(future));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Cancels every running build and every build not started yet; returns at once (cleanups go on). */
    public void cancel() {
        cancelled = true;
        for (Running r : running.values()) {
            r.runner().cancel();
            r.thread().interrupt();
        }
    }

    /** Whether {@link #cancel()} was called. */
    public boolean cancelled() {
        return cancelled;
    }

    private BuildOutcome runOne(BuildJob job, int index) {
        BuildOutcome outcome;
        if (cancelled) {
            outcome = new BuildOutcome(
                    job.name(), index, Duration.ZERO, List.of(), Optional.of("Build was cancelled."), true);
        } else {
            BuildRunner runner = new BuildRunner(job, index, uis, options);
            running.put(index, new Running(runner, Thread.currentThread()));
            // cancel() may have run between the check and the registration.
            if (cancelled) runner.cancel();
            try {
                outcome = runner.run();
            } finally {
                running.remove(index);
                Thread.interrupted();
            }
        }
        onFinished.accept(outcome);
        return outcome;
    }

    private static BuildOutcome await(Future<BuildOutcome> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            // runOne catches what a build can throw; anything else is a kiln bug.
            throw new IllegalStateException("build thread failed", e.getCause());
        }
    }
}
