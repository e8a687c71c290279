package dev.kiln.compiler.json;

import dev.kiln.compiler.diag.DiagnosticKind;

/**
 * The diagnostics of dev.kiln.compiler.json: each kind's stable code (see docs/diagnostics.md) and
 * its summary, with {@code %s} where it names something.
 */
public enum JsonDiagnostics implements DiagnosticKind {
    EXTRANEOUS_DATA_AFTER_VALUE("json.extraneous-data-after-value", "Extraneous data after value"),
    INVALID_CHARACTER_IN_STRING("json.invalid-character-in-string", "Invalid character in string"),
    INVALID_ESCAPE_SEQUENCE("json.invalid-escape-sequence", "Invalid escape sequence"),
    INVALID_JSON_KEYWORD("json.invalid-json-keyword", "Invalid JSON keyword"),
    INVALID_JSON_NUMBER("json.invalid-json-number", "Invalid JSON number"),
    INVALID_JSON_OBJECT_PROPERTY_NAME("json.invalid-json-object-property-name", "Invalid JSON object property name"),
    INVALID_JSON_VALUE("json.invalid-json-value", "Invalid JSON value"),
    MISSING_ARRAY_ELEMENT_SEPARATOR("json.missing-array-element-separator", "Missing array element separator"),
    MISSING_ATTRIBUTE_SEPERATOR_COMMA("json.missing-attribute-seperator-comma", "Missing attribute seperator comma"),
    MISSING_JSON_VALUE("json.missing-json-value", "Missing JSON value"),
    MISSING_PROPERTY_VALUE_COLON("json.missing-property-value-colon", "Missing property value colon"),
    NESTING_TOO_DEEP("json.nesting-too-deep", "Nesting too deep"),
    TRAILING_COMMA_IN_ARRAY("json.trailing-comma-in-array", "Trailing comma in array"),
    TRAILING_COMMA_IN_OBJECT("json.trailing-comma-in-object", "Trailing comma in object"),
    UNTERMINATED_STRING("json.unterminated-string", "Unterminated string");

    private final String code;
    private final String summary;

    JsonDiagnostics(String code, String summary) {
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
