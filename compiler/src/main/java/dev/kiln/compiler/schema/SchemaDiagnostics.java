package dev.kiln.compiler.schema;

import dev.kiln.compiler.diag.DiagnosticKind;

/**
 * The diagnostics of dev.kiln.compiler.schema: each kind's stable code (see docs/diagnostics.md) and
 * its summary, with {@code %s} where it names something.
 */
public enum SchemaDiagnostics implements DiagnosticKind {
    FAILED_TO_PARSE_DURATION("schema.failed-to-parse-duration", "Failed to parse %s duration"),
    UNSUPPORTED_VALUE("schema.unsupported-value", "Unsupported %s value");

    private final String code;
    private final String summary;

    SchemaDiagnostics(String code, String summary) {
        this.code = code;
        this.summary = summary;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String summary() {
        return summary;
    }
}
