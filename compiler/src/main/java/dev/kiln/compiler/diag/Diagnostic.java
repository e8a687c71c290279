package dev.kiln.compiler.diag;

import dev.kiln.compiler.source.SourceRange;
import java.util.Objects;

/**
 * One problem found in the user's input.
 *
 * <p>As in HCL, {@code summary} is a short noun phrase without a period ("Unsupported
 * argument"), {@code detail} is one or more full sentences that say what is wrong and how to fix
 * it, {@code subject} is the tight range of the offending construct and {@code context}, when
 * present, a wider range to show around it. A diagnostic about the command line rather than a
 * file has no subject.
 */
public record Diagnostic(Severity severity, String summary, String detail, SourceRange subject, SourceRange context) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        detail = detail == null ? "" : detail;
    }

    /** An error about {@code subject}. */
    public static Diagnostic error(String summary, String detail, SourceRange subject) {
        return new Diagnostic(Severity.ERROR, summary, detail, subject, null);
    }

    /** An error about {@code subject}, shown within {@code context}. */
    public static Diagnostic error(String summary, String detail, SourceRange subject, SourceRange context) {
        return new Diagnostic(Severity.ERROR, summary, detail, subject, context);
    }

    /** A warning about {@code subject}. */
    public static Diagnostic warning(String summary, String detail, SourceRange subject) {
        return new Diagnostic(Severity.WARNING, summary, detail, subject, null);
    }

    /** Whether this is an error (rather than a warning). */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
