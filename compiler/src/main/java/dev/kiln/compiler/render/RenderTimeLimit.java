package dev.kiln.compiler.render;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.source.SourceFile;
import java.time.Duration;

/** Thrown from inside Jinjava when a file has rendered for longer than {@link RenderLimits#maxTime()}. */
final class RenderTimeLimit extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration limit;

    RenderTimeLimit(Duration limit) {
        super("rendering took longer than " + limit.toSeconds() + " seconds", null, false, false);
        this.limit = limit;
    }

    /** The one error a file that ran out of time gets, at its start. */
    Diagnostic diagnostic(SourceFile template) {
        return diagnostic(template, limit);
    }

    static Diagnostic diagnostic(SourceFile template, Duration limit) {
        return RenderDiagnostics.RENDERING_TOOK_TOO_LONG.error(
                "Rendering " + template.name() + " was stopped after " + limit.toSeconds() + " seconds. Check loops"
                        + " for unintended repetition (nested loops multiply).",
                template.range(0, 0));
    }
}
