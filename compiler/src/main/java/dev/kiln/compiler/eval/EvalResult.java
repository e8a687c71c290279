package dev.kiln.compiler.eval;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The value of an expression and the problems found evaluating it. The value is always usable:
 * after an error it is an unknown value, so later checks stay quiet about the same cause.
 */
public record EvalResult(Value value, List<Diagnostic> diagnostics) {

    public EvalResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** A value without problems. */
    public static EvalResult of(Value value) {
        return new EvalResult(value, List.of());
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** This result with {@code value} instead, keeping the diagnostics. */
    EvalResult withValue(Value other) {
        return new EvalResult(other, diagnostics);
    }

    /** This result with {@code earlier} diagnostics in front. */
    EvalResult after(List<Diagnostic> earlier) {
        if (earlier.isEmpty()) return this;
        List<Diagnostic> all = new ArrayList<>(earlier);
        all.addAll(diagnostics);
        return new EvalResult(value, all);
    }

    static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
