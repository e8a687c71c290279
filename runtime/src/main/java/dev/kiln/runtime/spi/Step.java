package dev.kiln.runtime.spi;

/**
 * One step of a build, such as launching an instance or creating an image. The engine runs a
 * builder's steps in order; when a step halts, fails or the build is cancelled, it calls
 * {@link #cleanup} on every step that ran, in reverse order, so whatever a step created is
 * removed again. A step records what it created in the {@link BuildState} before the call that
 * created it returns, so cleanup always knows what to remove.
 */
public interface Step {

    /** The name shown in debug pauses and errors, e.g. {@code StepCreateImage}. */
    String name();

    /**
     * Does the step's work. Returns {@link StepResult#proceed()} to go on, or a halt with the
     * error that stops the build. Throwing {@link InterruptedException} means the build was
     * cancelled; any other exception is a bug and is reported as one.
     */
    StepResult run(BuildState state) throws InterruptedException;

    /**
     * Undoes what {@link #run} did, as far as it got. Called once for every step whose {@code run}
     * was entered, also after cancellation (check {@link BuildState#cancelled()}) and after a
     * failure; must not throw for a resource that is already gone. Errors are reported through
     * {@link BuildState#ui()} and do not stop the other cleanups.
     */
    default void cleanup(BuildState state) {}
}
