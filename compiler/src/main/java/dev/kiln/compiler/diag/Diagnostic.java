package dev.kiln.compiler.diag;

import dev.kiln.compiler.source.SourceRange;
import java.util.Objects;

/**
 * One problem found in the user's input.
 *
 * <p>{@code code} is the kind's stable code from its area's catalog ({@link DiagnosticKind}). As
 * in HCL, {@code summary} is a short noun phrase without a period ("Unsupported
 * argument"), {@code detail} is one or more full sentences that say what is wrong and how to fix
 * it, {@code subject} is the tight range of the offending construct and {@code context}, when
 * present, a wider range to show around it. A diagnostic about the command line rather than a
 * file has no subject.
 */
public record Diagnostic(
        String code, Severity severity, String summary, String detail, SourceRange subject, SourceRange context) {

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        detail = detail == null ? "" : detail;
    }

    /** This diagnostic with {@code newDetail} in place of its detail. */
    public Diagnostic withDetail(String newDetail) {
        return new Diagnostic(code, severity, summary, newDetail, subject, context);
    }

    /** This diagnostic about {@code newSubject} within {@code newContext} (for instance, moved to a template line). */
    public Diagnostic at(SourceRange newSubject, SourceRange newContext) {
        return new Diagnostic(code, severity, summary, detail, newSubject, newContext);
    }

    /** Whether this is an error (rather than a warning). */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
