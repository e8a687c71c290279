package dev.kiln.compiler.render;

/**
 * Bounds on one render, so a runaway template (a huge loop, recursive includes) stops with a clear
 * error instead of exhausting memory or the stack.
 */
public record RenderLimits(long maxOutputBytes, int maxDepth, int maxLoopLength) {

    /** 16 MiB of output per file, 10 levels of include/import/extends or macro recursion, 100,000-step ranges. */
    public static final RenderLimits DEFAULT = new RenderLimits(16L << 20, 10, 100_000);
}
