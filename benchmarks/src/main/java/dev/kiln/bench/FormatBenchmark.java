package dev.kiln.bench;

import dev.kiln.compiler.fmt.HclFormatter;
import org.openjdk.jmh.annotations.Benchmark;

/** Time of {@code kiln fmt}'s core: tokenizing and re-spacing a whole template. */
public class FormatBenchmark extends BenchmarkSettings {

    /** Returned so JMH keeps the result alive and the work cannot be optimised away. */
    @Benchmark
    public String format(Inputs input) {
        return HclFormatter.format(input.file);
    }
}
