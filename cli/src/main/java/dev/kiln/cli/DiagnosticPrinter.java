package dev.kiln.cli;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.DiagnosticTextRenderer;
import dev.kiln.compiler.diag.SourceLookup;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics as text, in HCL's format, to one stream. */
final class DiagnosticPrinter {

    /** HCL tools wrap details at 80 columns; so does kiln, whatever the terminal's width. */
    private static final int WIDTH = 80;

    private final PrintWriter out;
    private final boolean color;

    DiagnosticPrinter(PrintWriter out, boolean color) {
        this.out = out;
        this.color = color;
    }

    /** Prints {@code diagnostics} with source lines from {@code sources}. */
    void print(List<Diagnostic> diagnostics, SourceLookup sources) {
        DiagnosticTextRenderer renderer = new DiagnosticTextRenderer(sources, color, WIDTH);
        for (Diagnostic diagnostic : diagnostics) out.print(renderer.render(diagnostic));
        out.flush();
    }
}
