package dev.kiln.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Defaults shared by kiln's benchmarks, sized for the project's 2-core machines: one thread, one
 * fork, and a few one-second iterations (a parse of the 8x input takes tens of milliseconds, so
 * each iteration still sees dozens of operations). Command-line options override them.
 *
 * <p>The heap is fixed and pre-touched: a parse allocates about 185 bytes per input byte, and
 * without this the first touch of fresh heap pages and G1's heap resizing made iteration times
 * swing fourfold from one iteration to the next.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class BenchmarkSettings {}
