package dev.kiln.runtime.engine;

import java.nio.file.Path;

/**
 * How the engine runs builds: at most {@code parallelBuilds} at a time (0 = no limit), the
 * {@code -on-error} mode, {@code -debug} (pauses between steps; builds run one at a time),
 * {@code -force}, the run's UUID ({@code PACKER_RUN_UUID}) and the working directory.
 */
public record EngineOptions(
        int parallelBuilds, OnError onError, boolean debug, boolean force, String runUuid, Path workingDirectory) {

    /** The number of builds that may run at once, given {@code builds} builds. */
    public int threads(int builds) {
        int limit = debug ? 1 : parallelBuilds;
        return Math.max(1, limit <= 0 ? builds : Math.min(limit, builds));
    }
}
