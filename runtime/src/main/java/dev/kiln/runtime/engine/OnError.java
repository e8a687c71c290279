package dev.kiln.runtime.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a build does when a step fails ({@code -on-error}). */
public enum OnError {
    /** Clean up every step that ran, in reverse (the default). */
    CLEANUP("cleanup"),
    /** Leave everything as it is, for debugging. */
    ABORT("abort"),
    /** Ask whether to clean up, abort or retry the step. */
    ASK("ask"),
    /** As abort, but still run the error-cleanup provisioner. */
    RUN_CLEANUP_PROVISIONER("run-cleanup-provisioner");

    private final String flag;

    OnError(String flag) {
        this.flag = flag;
    }

    /** The spelling on the command line. */
    public String flag() {
        return flag;
    }

    /** The mode spelled {@code text}, if it is one. */
    public static Optional<OnError> parse(String text) {
        return Arrays.stream(values())
                .filter(v -> v.flag.equals(text.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
