package dev.kiln.bench;

import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.compiler.syntax.ParseResult;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The benchmark input: a generated template at 1x, 2x, 4x or 8x the base size. */
@State(Scope.Benchmark)
public class Inputs {

    /** Multiple of {@link TemplateGenerator#UNITS_PER_SCALE} units; the series shows linearity. */
    @Param({"1", "2", "4", "8"})
    public int scale;

    /** The generated file, built once per trial so generation is not measured. */
    public SourceFile file;

    /**
     * Generates the input and refuses to benchmark one with errors: an error would send the
     * parser down its slow full-LL recovery path and measure the wrong thing.
     */
    @Setup
    public void generate() {
        file = new SourceFile("bench-" + scale + "x.pkr.hcl", TemplateGenerator.ofScale(scale));
        ParseResult result = HclParser.parse(file);
        if (result.hasErrors()) {
            throw new IllegalStateException(
                    "generated template has errors: " + result.diagnostics().get(0));
        }
    }
}
