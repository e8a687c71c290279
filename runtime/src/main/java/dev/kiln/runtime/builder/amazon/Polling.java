package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.Wait;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How kiln waits for EC2 (instance running, stopped, terminated, image available): poll quickly at
 * first, then back off up to a cap, always within a bound; with {@code aws_polling} (or Packer's
 * {@code AWS_POLL_DELAY_SECONDS} / {@code AWS_MAX_ATTEMPTS}) a fixed delay and at most that many
 * attempts. Every wait shows a live elapsed time on a terminal and stops early when the build is
 * cancelled.
 */
record Polling(Optional<Duration> fixedDelay, Optional<Integer> maxAttempts) {

    private static final Duration FIRST_DELAY = Duration.ofMillis(100);
    private static final Duration MAX_DELAY = Duration.ofSeconds(5);

    /** The polling of a source block: {@code aws_polling}, else the environment, else backing off. */
    static Polling of(ConfigView config, Map<String, String> environment) {
        List<? extends ConfigView> blocks = config.blocks("aws_polling");
        Optional<Duration> delay = Optional.empty();
        Optional<Integer> attempts = Optional.empty();
        if (!blocks.isEmpty()) {
            delay = blocks.get(0)
                    .number("delay_seconds")
                    .filter(n -> n.signum() > 0)
                    .map(n -> Duration.ofMillis(n.movePointRight(3).longValue()));
            attempts = blocks.get(0)
                    .number("max_attempts")
                    .filter(n -> n.signum() > 0)
                    .map(n -> n.intValue());
        }
        if (delay.isEmpty())
            delay = positive(environment.get("AWS_POLL_DELAY_SECONDS")).map(Duration::ofSeconds);
        if (attempts.isEmpty())
            attempts = positive(environment.get("AWS_MAX_ATTEMPTS")).map(Long::intValue);
        return new Polling(delay, attempts);
    }

    private static Optional<Long> positive(String text) {
        try {
            return Optional.ofNullable(text).map(Long::parseLong).filter(n -> n > 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** What one poll found: done with a value, not yet (with what is seen now), or failed for good. */
    sealed interface Poll<T> {
        /** The awaited state was reached. */
        record Done<T>(T value) implements Poll<T> {}

        /** Not yet; {@code seen} is the current state, for the error on timeout. */
        record NotYet<T>(String seen) implements Poll<T> {}

        /** A state from which the awaited one is never reached ({@code terminated} while waiting for running). */
        record Failed<T>(String error) implements Poll<T> {}
    }

    /** What a wait ended with. */
    sealed interface Outcome<T> {
        /** Reached. */
        record Reached<T>(T value) implements Outcome<T> {}

        /** Not reached: the bound passed, the attempts ran out, or the resource failed. */
        record Failed<T>(String error) implements Outcome<T> {}
    }

    /**
     * Polls {@code check} until it is done, saying {@code message} with a live elapsed time. At most
     * {@code bound} (or {@code max_attempts} polls); throws when the build is cancelled.
     */
    <T> Outcome<T> await(BuildState state, String message, Duration bound, Supplier<Poll<T>> check)
            throws InterruptedException {
        try (Wait wait = state.ui().startWait(message)) {
            return await(() -> state.cancelled(), bound, check);
        }
    }

    /** The same without a UI ({@code kiln cleanup}); {@code cancelled} stops the wait. */
    <T> Outcome<T> await(Supplier<Boolean> cancelled, Duration bound, Supplier<Poll<T>> check)
            throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        Duration delay = fixedDelay.orElse(FIRST_DELAY);
        String seen = "";
        for (int attempt = 1; ; attempt++) {
            if (cancelled.get() || Thread.currentThread().isInterrupted()) throw new InterruptedException();
            Poll<T> poll = check.get();
            if (poll instanceof Poll.Done<T> done) return new Outcome.Reached<>(done.value());
            if (poll instanceof Poll.Failed<T> failed) return new Outcome.Failed<>(failed.error());
            seen = ((Poll.NotYet<T>) poll).seen();
            if (maxAttempts.isPresent() && attempt >= maxAttempts.get()) {
                return new Outcome.Failed<>("exceeded max wait attempts (" + attempt + "), last state: " + seen);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) return new Outcome.Failed<>("timed out after " + format(bound) + ", last state: " + seen);
            sleep(Math.min(delay.toNanos(), left), cancelled);
            if (fixedDelay.isEmpty()) delay = min(delay.multipliedBy(2), MAX_DELAY);
        }
    }

    private static void sleep(long nanos, Supplier<Boolean> cancelled) throws InterruptedException {
        long end = System.nanoTime() + nanos;
        // In slices, so a cancelled build does not sit out a long delay.
        while (System.nanoTime() < end) {
            if (cancelled.get()) throw new InterruptedException();
            Thread.sleep(Math.max(1, Math.min(200, (end - System.nanoTime()) / 1_000_000)));
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String format(Duration d) {
        return dev.kiln.stdlib.go.GoDuration.format(d);
    }
}
