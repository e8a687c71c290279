package dev.kiln.bench;

import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.compiler.syntax.ParseResult;
import org.openjdk.jmh.annotations.Benchmark;

/** Parse time of a whole template: lexing, the ANTLR parse and building the syntax tree. */
public class ParseBenchmark extends BenchmarkSettings {

    /** Returned so JMH keeps the result alive and the work cannot be optimised away. */
    @Benchmark
    public ParseResult parse(Inputs input) {
        return HclParser.parse(input.file);
    }
}
