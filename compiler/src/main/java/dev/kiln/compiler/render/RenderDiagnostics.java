package dev.kiln.compiler.render;

import dev.kiln.compiler.diag.DiagnosticKind;

/**
 * The diagnostics of dev.kiln.compiler.render: each kind's stable code (see docs/diagnostics.md) and
 * its summary, with {@code %s} where it names something.
 */
public enum RenderDiagnostics implements DiagnosticKind {
    CANNOT_READ("render.cannot-read", "Cannot read %s"),
    CANNOT_READ_PARAMETER_FILE("render.cannot-read-parameter-file", "Cannot read parameter file %s"),
    DUPLICATE_OBJECT_KEY("render.duplicate-object-key", "Duplicate object key"),
    EXTRA_CHARACTERS_AFTER_JSON_VALUE("render.extra-characters-after-json-value", "Extra characters after JSON value"),
    INVALID_ESCAPE("render.invalid-escape", "Invalid escape"),
    INVALID_FILTER_INPUT("render.invalid-filter-input", "Invalid filter input"),
    INVALID_JSON_VALUE("render.invalid-json-value", "Invalid JSON value"),
    INVALID_NUMBER("render.invalid-number", "Invalid number"),
    INVALID_OBJECT_KEY("render.invalid-object-key", "Invalid object key"),
    INVALID_PARAM("render.invalid-param", "Invalid --param \"%s\""),
    INVALID_STRING("render.invalid-string", "Invalid string"),
    JSON_NESTED_TOO_DEEPLY("render.json-nested-too-deeply", "JSON nested too deeply"),
    METHOD_CALL_NOT_ALLOWED("render.method-call-not-allowed", "Method call not allowed"),
    MISSING_COLON("render.missing-colon", "Missing colon"),
    MISSING_COMMA_OR_CLOSING_BRACE("render.missing-comma-or-closing-brace", "Missing comma or closing brace"),
    MISSING_COMMA_OR_CLOSING_BRACKET("render.missing-comma-or-closing-bracket", "Missing comma or closing bracket"),
    MISSING_JSON_VALUE("render.missing-json-value", "Missing JSON value"),
    PARAMETER_FILE_IS_NOT_AN_OBJECT("render.parameter-file-is-not-an-object", "Parameter file is not an object"),
    RECURSIVE_TEMPLATE("render.recursive-template", "Recursive template"),
    RENDERED_OUTPUT_TOO_LARGE("render.rendered-output-too-large", "Rendered output too large"),
    RENDERING_TOOK_TOO_LONG("render.rendering-took-too-long", "Rendering took too long"),
    TEMPLATE_AND_RENDERED_FILE_BOTH_PRESENT(
            "render.template-and-rendered-file-both-present", "Template and rendered file both present"),
    TEMPLATE_ERROR("render.template-error", "Template error"),
    TEMPLATE_NESTED_TOO_DEEPLY("render.template-nested-too-deeply", "Template nested too deeply"),
    TEMPLATE_NOT_FOUND("render.template-not-found", "Template not found"),
    TEMPLATE_OUTSIDE_THE_CONFIGURATION_DIRECTORY(
            "render.template-outside-the-configuration-directory", "Template outside the configuration directory"),
    TEMPLATE_SYNTAX_ERROR("render.template-syntax-error", "Template syntax error"),
    UNDEFINED_TEMPLATE_VARIABLE("render.undefined-template-variable", "Undefined template variable"),
    UNTERMINATED_COMMENT("render.unterminated-comment", "Unterminated comment"),
    UNTERMINATED_STRING("render.unterminated-string", "Unterminated string");

    private final String code;
    private final String summary;

    RenderDiagnostics(String code, String summary) {
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
