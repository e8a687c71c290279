package dev.kiln.runtime.engine;

import dev.kiln.runtime.spi.ProvisionContext;
import dev.kiln.runtime.spi.ProvisionException;
import dev.kiln.runtime.spi.Provisioner;
import dev.kiln.runtime.spi.Wait;
import dev.kiln.stdlib.go.GoDuration;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one provisioner with its meta-arguments, wrapped in Packer's order: {@code pause_before}
 * (else {@code timeout}, an HCL-mode quirk kept on purpose), then {@code max_retries}, then
 * {@code continue_on_error} outermost. The provisioner is made anew from its configuration for
 * each run, with the build's current {@code build.*} values.
 */
final class ProvisionerChain {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kiln-provisioner-timeout");
        t.setDaemon(true);
        return t;
    });

    private ProvisionerChain() {}

    /** Runs {@code run}; returns normally when it succeeded or its failure may be ignored. */
    static void provision(ProvisionerRun run, ProvisionContext context)
            throws ProvisionException, InterruptedException {
        try {
            retried(run, context);
        } catch (ProvisionException e) {
            if (!run.continueOnError() || context.cancelled()) throw e;
            context.ui()
                    .error("Warning: Provisioner failed with \"" + e.getMessage()
                            + "\", but continue_on_error is set; continuing the build.");
        }
    }

    private static void retried(ProvisionerRun run, ProvisionContext context)
            throws ProvisionException, InterruptedException {
        ProvisionException failure;
        try {
            once(run, context);
            return;
        } catch (ProvisionException e) {
            failure = e;
        }
        for (int left = run.maxRetries(); left > 0; left--) {
            if (context.cancelled()) throw new InterruptedException();
            context.ui()
                    .say("Provisioner failed with \"" + failure.getMessage() + "\", retrying with " + left
                            + " trie(s) left");
            try {
                once(run, context);
                return;
            } catch (ProvisionException e) {
                failure = e;
            }
        }
        if (run.maxRetries() > 0) context.ui().say("retry limit reached.");
        throw failure;
    }

    private static void once(ProvisionerRun run, ProvisionContext context)
            throws ProvisionException, InterruptedException {
        Provisioner provisioner = run.source().create(context.buildVariables());
        if (!run.pauseBefore().isZero()) {
            try (Wait pausing = context.ui()
                    .startWait("Pausing " + GoDuration.format(run.pauseBefore()) + " before the next provisioner...")) {
                Thread.sleep(run.pauseBefore().toMillis());
            }
            provisioner.provision(context);
        } else if (!run.timeout().isZero()) {
            withTimeout(provisioner, run.timeout(), context);
        } else {
            provisioner.provision(context);
        }
    }

    /** Interrupts this thread when {@code timeout} passes; a timeout is a failure, not a cancellation. */
    private static void withTimeout(Provisioner provisioner, Duration timeout, ProvisionContext context)
            throws ProvisionException, InterruptedException {
        Thread self = Thread.currentThread();
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> alarm = TIMER.schedule(
                () -> {
                    timedOut.set(true);
                    context.ui().error("Cancelling provisioner after a timeout...");
                    self.interrupt();
                },
                timeout.toNanos(),
                TimeUnit.NANOSECONDS);
        try {
            provisioner.provision(context);
        } catch (InterruptedException e) {
            if (!timedOut.get() || context.state().cancelled()) throw e;
            throw new ProvisionException("provisioner timed out after " + GoDuration.format(timeout));
        } finally {
            alarm.cancel(false);
            // The alarm may have fired just as the provisioner returned.
            if (timedOut.get() && !context.state().cancelled()) Thread.interrupted();
        }
        if (timedOut.get() && !context.state().cancelled()) {
            throw new ProvisionException("provisioner timed out after " + GoDuration.format(timeout));
        }
    }
}
