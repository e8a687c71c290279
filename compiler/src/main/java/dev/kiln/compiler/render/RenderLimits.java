package dev.kiln.compiler.render;

import java.time.Duration;

/**
 * Bounds on one render, so a runaway template (a huge loop, recursive includes) stops with a clear
 * error instead of exhausting memory or the stack.
 */
public record RenderLimits(long maxOutputBytes, int maxDepth, int maxLoopLength, Duration maxTime) {

    /**
     * 16 MiB of output (and of any one string) per file, 10 levels of include/import/extends or macro
     * recursion, ranges and lists of 100,000 items, 10 seconds per file.
     */
    public static final RenderLimits DEFAULT = new RenderLimits(16L << 20, 10, 100_000, Duration.ofSeconds(10));
}
