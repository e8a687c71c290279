package dev.kiln.runtime.spi;

/** What a {@link Step} tells the engine: go on, or stop the build with an error. */
public sealed interface StepResult {

    /** Go on with the next step. */
    record Proceed() implements StepResult {}

    /** Stop the build; {@code error} is shown as the build's error. */
    record Halt(String error) implements StepResult {}

    /** The result that lets the build go on. */
    static StepResult proceed() {
        return new Proceed();
    }

    /** The result that stops the build with {@code error}. */
    static StepResult halt(String error) {
        return new Halt(error);
    }
}
