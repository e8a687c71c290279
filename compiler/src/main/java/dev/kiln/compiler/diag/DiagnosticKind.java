package dev.kiln.compiler.diag;

import dev.kiln.compiler.source.SourceRange;

/**
 * One kind of problem: its stable code (what {@code -format json|sarif|github} report and
 * docs/diagnostics.md lists) and its summary, with {@code %s} where the summary names something.
 * Each area keeps its kinds in one catalog, an enum named after it ({@code SyntaxDiagnostics},
 * {@code DecodeDiagnostics}, ...), so every message of the area is in one place.
 */
public interface DiagnosticKind {

    /** The stable code, {@code AREA.SLUG} ({@code decode.unsupported-argument}). */
    String code();

    /** The summary; {@code %s} stands for each name given to {@link #with}. */
    String summary();

    /** This kind with its summary's {@code %s} filled in with {@code names}. */
    default DiagnosticKind with(Object... names) {
        return new Named(code(), String.format(summary(), names));
    }

    /** An error about {@code subject} (null: not about a place in a file). */
    default Diagnostic error(String detail, SourceRange subject) {
        return new Diagnostic(code(), Severity.ERROR, summary(), detail, subject, null);
    }

    /** An error about {@code subject}, shown within {@code context}. */
    default Diagnostic error(String detail, SourceRange subject, SourceRange context) {
        return new Diagnostic(code(), Severity.ERROR, summary(), detail, subject, context);
    }

    /** A warning about {@code subject} (null: not about a place in a file). */
    default Diagnostic warning(String detail, SourceRange subject) {
        return new Diagnostic(code(), Severity.WARNING, summary(), detail, subject, null);
    }

    /** A warning about {@code subject}, shown within {@code context}. */
    default Diagnostic warning(String detail, SourceRange subject, SourceRange context) {
        return new Diagnostic(code(), Severity.WARNING, summary(), detail, subject, context);
    }

    /** A diagnostic of this kind with {@code severity}. */
    default Diagnostic of(Severity severity, String detail, SourceRange subject, SourceRange context) {
        return new Diagnostic(code(), severity, summary(), detail, subject, context);
    }

    /** A kind whose summary names what it is about. */
    record Named(String code, String summary) implements DiagnosticKind {

        @Override
        public DiagnosticKind with(Object... names) {
            return new Named(code, String.format(summary, names));
        }
    }
}
