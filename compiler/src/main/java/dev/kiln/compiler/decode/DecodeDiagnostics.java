package dev.kiln.compiler.decode;

import dev.kiln.compiler.diag.DiagnosticKind;

/**
 * The diagnostics of dev.kiln.compiler.decode: each kind's stable code (see docs/diagnostics.md) and
 * its summary, with {@code %s} where it names something.
 */
public enum DecodeDiagnostics implements DiagnosticKind {
    CONFIG_RULE("decode.config-rule", "%s"),
    DUPLICATE_ARGUMENT("decode.duplicate-argument", "Duplicate argument"),
    DUPLICATE_ATTRIBUTE_DEFINITION("decode.duplicate-attribute-definition", "Duplicate attribute definition"),
    DUPLICATE_BLOCK("decode.duplicate-block", "Duplicate %s block"),
    EXTRANEOUS_JSON_OBJECT_PROPERTY("decode.extraneous-json-object-property", "Extraneous JSON object property"),
    EXTRANEOUS_LABEL_FOR("decode.extraneous-label-for", "Extraneous label for %s"),
    INCORRECT_ATTRIBUTE_VALUE_TYPE("decode.incorrect-attribute-value-type", "Incorrect attribute value type"),
    INCORRECT_JSON_VALUE_TYPE("decode.incorrect-json-value-type", "Incorrect JSON value type"),
    MISSING_BLOCK("decode.missing-block", "Missing %s block"),
    MISSING_BLOCK_LABEL("decode.missing-block-label", "Missing block label"),
    MISSING_FOR("decode.missing-for", "Missing %s for %s"),
    MISSING_REQUIRED_ARGUMENT("decode.missing-required-argument", "Missing required argument"),
    UNEXPECTED_BLOCK("decode.unexpected-block", "Unexpected \"%s\" block"),
    UNSUPPORTED_ARGUMENT("decode.unsupported-argument", "Unsupported argument"),
    UNSUPPORTED_BLOCK_TYPE("decode.unsupported-block-type", "Unsupported block type");

    private final String code;
    private final String summary;

    DecodeDiagnostics(String code, String summary) {
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
