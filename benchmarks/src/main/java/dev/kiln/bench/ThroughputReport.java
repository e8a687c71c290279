package dev.kiln.bench;

import java.io.PrintStream;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH with the given command line (the same options as {@code org.openjdk.jmh.Main}), then
 * prints a Markdown table that turns each time per operation into MB/s.
 *
 * <p>Method: MB/s = UTF-8 bytes of the input / average time per operation, with 1 MB = 10^6 bytes.
 * The byte count is the generator's output for the run's {@code scale} parameter, regenerated
 * here (the generator is deterministic). The ± range comes from JMH's 99.9% confidence interval.
 */
public final class ThroughputReport {

    private ThroughputReport() {}

    /** Runs the benchmarks selected by {@code args} and prints the table to standard output. */
    public static void main(String[] args) throws CommandLineOptionException, RunnerException {
        CommandLineOptions options = new CommandLineOptions(args);
        Collection<RunResult> results = new Runner(options).run();
        print(results, System.out);
    }

    static void print(Collection<RunResult> results, PrintStream out) {
        Map<Integer, long[]> sizes = new ConcurrentHashMap<>();
        out.println();
        out.println("| benchmark | scale | input kB | lines | ms/op (± 99.9% CI) | MB/s (range) |");
        out.println("|---|---:|---:|---:|---:|---:|");
        List<RunResult> sorted = results.stream()
                .sorted(Comparator.comparing((RunResult r) -> r.getParams().getBenchmark())
                        .thenComparingInt(r -> scale(r)))
                .toList();
        for (RunResult run : sorted) {
            int scale = scale(run);
            long[] size = sizes.computeIfAbsent(scale, ThroughputReport::measure);
            Result<?> primary = run.getPrimaryResult();
            if (!primary.getScoreUnit().equals("ms/op")) {
                throw new IllegalStateException(
                        "expected ms/op, got " + primary.getScoreUnit() + "; run with -bm avgt -tu ms");
            }
            double ms = primary.getScore();
            double err = Double.isNaN(primary.getScoreError()) ? 0 : primary.getScoreError();
            out.printf(
                    Locale.ROOT,
                    "| %s | %dx | %.0f | %d | %.2f ± %.2f | %.1f (%.1f–%.1f) |%n",
                    shortName(run.getParams().getBenchmark()),
                    scale,
                    size[0] / 1000.0,
                    size[1],
                    ms,
                    err,
                    mbPerSecond(size[0], ms),
                    mbPerSecond(size[0], ms + err),
                    mbPerSecond(size[0], ms - err));
        }
    }

    private static int scale(RunResult run) {
        String value = run.getParams().getParam("scale");
        return value == null ? 1 : Integer.parseInt(value);
    }

    /** Bytes and lines of the input at {@code scale}. */
    private static long[] measure(int scale) {
        String text = TemplateGenerator.ofScale(scale);
        return new long[] {TemplateGenerator.utf8Bytes(text), text.lines().count()};
    }

    private static double mbPerSecond(long bytes, double msPerOp) {
        return msPerOp <= 0 ? Double.POSITIVE_INFINITY : bytes / (msPerOp * 1000.0);
    }

    private static String shortName(String benchmark) {
        return benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
    }
}
