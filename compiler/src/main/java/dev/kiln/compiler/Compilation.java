package dev.kiln.compiler;

import dev.kiln.compiler.config.Template;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.plan.PlanResult;
import dev.kiln.compiler.render.Rendering;
import dev.kiln.compiler.syntax.SourceSet;
import dev.kiln.compiler.variables.ScopeResult;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link Compiler} made of one {@link CompileRequest}; immutable. Every diagnostic points
 * at the file the user wrote: those about rendered files are already moved to their {@code .j2}
 * lines.
 *
 * @param rendering the render stage's output ({@link Rendering#NONE} without {@code .j2} files)
 * @param template the decoded template (empty below {@link CompileStage#DECODE} or when files could not be read or
 *     parsed; at {@code DECODE} only its requirements, variables and locals)
 * @param scope the evaluated variables and locals (from {@link CompileStage#SCOPE} on)
 * @param plan the Plan (empty below {@link CompileStage#PLAN})
 * @param sources every file read (templates, parameter files, config and var files), for quoting
 * @param loadDiagnostics the problems finding, rendering, parsing and decoding the files
 * @param diagnostics every problem: the load's, then the scope's and the plan's, in source order
 */
public record Compilation(
        Rendering rendering,
        Template template,
        Optional<ScopeResult> scope,
        PlanResult plan,
        SourceSet sources,
        List<Diagnostic> loadDiagnostics,
        List<Diagnostic> diagnostics) {

    public Compilation {
        loadDiagnostics = List.copyOf(loadDiagnostics);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Whether the files could not be found, rendered, parsed or decoded. */
    public boolean loadFailed() {
        return loadDiagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Diagnostics of a later consumer (the runtime assembling jobs from the Plan) moved to the {@code .j2} lines. */
    public List<Diagnostic> remap(List<Diagnostic> later) {
        return rendering.map().remap(later);
    }
}
