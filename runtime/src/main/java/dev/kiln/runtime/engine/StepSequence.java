package dev.kiln.runtime.engine;

import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.StandardKeys;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import dev.kiln.runtime.spi.Ui;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Runs a builder's steps in order and cleans up every step that ran, in reverse, as Packer's
 * multistep runner does with its {@code -on-error} wrappers and {@code -debug} pauses. A halt puts
 * the error under {@link StandardKeys#ERROR}; cancellation (the thread interrupted or the state
 * cancelled) stops before the next step. Cleanup always happens on this thread, after the
 * interrupt flag is cleared, so cleanups that wait are not cut short.
 */
final class StepSequence {

    private static final String ASK_PROMPT =
            "[c] Clean up and exit, [a] abort without cleanup, or [r] retry step (build may fail even if retry succeeds)?";

    private final OnError onError;
    private final boolean debug;
    private boolean halted;
    private boolean aborted;
    private boolean abortLogged;

    StepSequence(OnError onError, boolean debug) {
        this.onError = onError;
        this.debug = debug;
    }

    /** Runs {@code steps}, then the cleanups; afterwards the state holds the error, if any. */
    void run(List<Step> steps, BuildState state) {
        Deque<Step> ran = new ArrayDeque<>();
        try {
            for (Step step : steps) {
                if (isCancelled(state)) break;
                ran.push(step);
                StepResult result = runStep(step, state);
                if (isCancelled(state)) break;
                if (result instanceof StepResult.Halt halt) {
                    state.put(StandardKeys.ERROR, halt.error());
                    halted = true;
                    break;
                }
                if (debug) pause("after run of", step, state);
            }
        } catch (InterruptedException e) {
            state.cancel();
        }
        if (Thread.interrupted()) state.cancel();
        cleanup(ran, state);
    }

    private StepResult runStep(Step step, BuildState state) throws InterruptedException {
        while (true) {
            StepResult result = invoke(step, state);
            if (!(result instanceof StepResult.Halt halt) || onError != OnError.ASK || isCancelled(state))
                return result;
            state.ui().error(halt.error());
            state.ui().say("Step \"" + step.name() + "\" failed");
            char answer = askWhatToDo(state.ui());
            if (answer == 'a') aborted = true;
            if (answer != 'r') return result;
        }
    }

    private static StepResult invoke(Step step, BuildState state) throws InterruptedException {
        try {
            return step.run(state);
        } catch (RuntimeException e) {
            // A bug in a step still fails only its own build, and cleanup still runs.
            return StepResult.halt("Internal error in step " + step.name() + ": " + e);
        }
    }

    private static char askWhatToDo(Ui ui) throws InterruptedException {
        while (true) {
            String line = ui.ask(ASK_PROMPT);
            char first = (line.toLowerCase(Locale.ROOT) + "c").charAt(0);
            if (first == 'c' || first == 'a' || first == 'r') return first;
            ui.say("Incorrect input: \"" + line + "\"");
        }
    }

    private void cleanup(Deque<Step> ran, BuildState state) {
        for (Step step : ran) {
            if (debug) {
                try {
                    pause("before cleanup of", step, state);
                } catch (InterruptedException e) {
                    state.cancel();
                }
            }
            if (!shouldCleanup(step, state)) continue;
            try {
                step.cleanup(state);
            } catch (RuntimeException e) {
                // Reported, never thrown: the build's own error stays the one shown at the end.
                state.ui().error("Error cleaning up step " + step.name() + ": " + e);
            }
            Thread.interrupted();
        }
    }

    /** Packer's {@code abortStep}/{@code askStep} cleanup decisions. */
    private boolean shouldCleanup(Step step, BuildState state) {
        switch (onError) {
            case CLEANUP:
                return true;
            case ASK:
                return !aborted || cleanupDespiteAbort(step, state);
            case RUN_CLEANUP_PROVISIONER:
                return step instanceof ProvisioningStep || cleanupDespiteAbort(step, state);
            default:
                return cleanupDespiteAbort(step, state);
        }
    }

    /** Packer's {@code handleAbortsAndInterupts}: false, with a message, when the build failed or was cancelled. */
    private boolean cleanupDespiteAbort(Step step, BuildState state) {
        boolean alreadyLogged = abortLogged;
        state.get(StandardKeys.ERROR).filter(e -> !alreadyLogged).ifPresent(error -> {
            state.ui().error(error);
            abortLogged = true;
        });
        if (state.cancelled() || halted) {
            if (!alreadyLogged) {
                state.ui()
                        .error(
                                state.cancelled()
                                        ? "Interrupted, aborting..."
                                        : "Step \"" + step.name() + "\" failed, aborting...");
                abortLogged = true;
            } else {
                state.ui().error("aborted: skipping cleanup of step \"" + step.name() + "\"");
            }
            return false;
        }
        return true;
    }

    private static void pause(String where, Step step, BuildState state) throws InterruptedException {
        if (state.cancelled()) return;
        state.ui().ask("Pausing " + where + " step '" + step.name() + "'. Press enter to continue.");
    }

    private static boolean isCancelled(BuildState state) {
        if (Thread.currentThread().isInterrupted()) state.cancel();
        return state.cancelled();
    }
}
