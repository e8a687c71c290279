package dev.kiln.compiler.plan;

import dev.kiln.compiler.diag.DiagnosticKind;

/**
 * The diagnostics of dev.kiln.compiler.plan: each kind's stable code (see docs/diagnostics.md) and
 * its summary, with {@code %s} where it names something.
 */
public enum PlanDiagnostics implements DiagnosticKind {
    EXCEPT_MATCHES_NOTHING(
            "plan.except-matches-nothing", "An 'except' option was passed, but did not match any build."),
    FAILED_TO_PARSE_DURATION("plan.failed-to-parse-duration", "Failed to parse %s duration"),
    INCORRECT_ATTRIBUTE_VALUE_TYPE("plan.incorrect-attribute-value-type", "Incorrect attribute value type"),
    INCORRECT_NUMBER_OF_LABELS("plan.incorrect-number-of-labels", "Incorrect number of labels"),
    INVALID_DYNAMIC_BLOCK_LABEL("plan.invalid-dynamic-block-label", "Invalid dynamic block label"),
    INVALID_DYNAMIC_FOR_EACH_VALUE("plan.invalid-dynamic-for-each-value", "Invalid dynamic for_each value"),
    INVALID_EXPRESSION("plan.invalid-expression", "Invalid expression"),
    INVALID_PATTERN("plan.invalid-pattern", "Invalid -%s pattern %s: %s"),
    MISSING_BUILD_BLOCK("plan.missing-build-block", "Missing build block"),
    ONLY_MATCHES_MISSING(
            "plan.only-matches-missing",
            "An 'only' option was passed, but not all matches were found for the given build."),
    OVERRIDE_ENTRY_NOT_AN_OBJECT(
            "plan.override-entry-not-an-object", "Provisioner's override.'%s' block must be an HCL object"),
    OVERRIDE_NOT_AN_OBJECT("plan.override-not-an-object", "Provisioner's override block must be an HCL object"),
    UNKNOWN_SOURCES("plan.unknown-sources", "Unknown sources"),
    UNSUPPORTED_DYNAMIC_BLOCK("plan.unsupported-dynamic-block", "Unsupported dynamic block");

    private final String code;
    private final String summary;

    PlanDiagnostics(String code, String summary) {
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
