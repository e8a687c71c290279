package dev.kiln.compiler.legacy;

import dev.kiln.compiler.diag.DiagnosticKind;

/**
 * The diagnostics of dev.kiln.compiler.legacy: each kind's stable code (see docs/diagnostics.md)
 * and its summary, with {@code %s} where it names something; worded as Packer's where it has one.
 */
public enum LegacyDiagnostics implements DiagnosticKind {
    FAILED_TO_PARSE("legacy.failed-to-parse", "Failed to parse file as legacy JSON template"),
    UNKNOWN_ROOT_KEY("legacy.unknown-root-key", "Unknown root level key in template: '%s'"),
    NO_BUILDER("legacy.no-builder", "At least one builder must be defined"),
    INVALID_MIN_PACKER_VERSION("legacy.invalid-min-packer-version", "Invalid min_packer_version"),
    PACKER_VERSION_TOO_OLD(
            "legacy.packer-version-too-old", "This template requires Packer version %s or higher; using %s"),
    INVALID_SECTION("legacy.invalid-section", "Invalid %s"),
    DUPLICATE_VARIABLE("legacy.duplicate-variable", "Duplicate variable"),
    INVALID_VARIABLE_DEFAULT("legacy.invalid-variable-default", "Invalid variable default"),
    NOT_AN_OBJECT("legacy.not-an-object", "%s: expected an object"),
    MISSING_TYPE("legacy.missing-type", "%s: missing 'type'"),
    INVALID_STRING("legacy.invalid-string", "%s: '%s' must be a non-empty string"),
    DUPLICATE_BUILDER("legacy.duplicate-builder", "%s: builder with name '%s' already exists"),
    NESTED_SEQUENCE("legacy.nested-sequence", "%s: sequences cannot be nested"),
    INVALID_SELECTION("legacy.invalid-selection", "%s: '%s' must be a list of builder names"),
    UNKNOWN_SELECTED_BUILDER("legacy.unknown-selected-builder", "%s: '%s' specified builder '%s' not found"),
    UNKNOWN_OVERRIDE("legacy.unknown-override", "%s: override '%s' doesn't exist"),
    INVALID_TEMPLATE("legacy.invalid-template", "Invalid template"),
    NOT_ALLOWED_HERE("legacy.not-allowed-here", "%s vars are not allowed here"),
    UNSUPPORTED_FUNCTION("legacy.unsupported-function", "Unsupported template function"),
    UNSUPPORTED_EXPRESSION("legacy.unsupported-expression", "Unsupported template expression"),
    UNDECLARED_USER_VARIABLE("legacy.undeclared-user-variable", "Undeclared user variable");

    private final String code;
    private final String summary;

    LegacyDiagnostics(String code, String summary) {
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
