package dev.kiln.compiler.variables;

import dev.kiln.compiler.diag.DiagnosticKind;

/**
 * The diagnostics of dev.kiln.compiler.variables: each kind's stable code (see docs/diagnostics.md) and
 * its summary, with {@code %s} where it names something.
 */
public enum VariablesDiagnostics implements DiagnosticKind {
    COULD_NOT_GUESS_FORMAT_OF("variables.could-not-guess-format-of", "Could not guess format of %s"),
    DATA_SOURCE_FAILED("variables.data-source-failed", "%s"),
    DUPLICATE_ATTRIBUTE_DEFINITION("variables.duplicate-attribute-definition", "Duplicate attribute definition"),
    FAILED_TO_PREPARE_EXECUTION_GRAPH(
            "variables.failed-to-prepare-execution-graph", "Failed to prepare execution graph"),
    FAILED_TO_READ_FILE("variables.failed-to-read-file", "Failed to read file"),
    FUNCTION_CALLS_NOT_ALLOWED("variables.function-calls-not-allowed", "Function calls not allowed"),
    INCORRECT_JSON_VALUE_TYPE("variables.incorrect-json-value-type", "Incorrect JSON value type"),
    INVALID_ARGUMENT_VALUE_FOR_VAR_VARIABLE(
            "variables.invalid-argument-value-for-var-variable", "Invalid argument value for -var variable"),
    INVALID_DEFAULT_VALUE_FOR_VARIABLE(
            "variables.invalid-default-value-for-variable", "Invalid default value for variable"),
    INVALID_REFERENCE_IN_VARIABLE_VALIDATION(
            "variables.invalid-reference-in-variable-validation", "Invalid reference in variable validation"),
    INVALID_VALIDATION_ERROR_MESSAGE("variables.invalid-validation-error-message", "Invalid validation error message"),
    INVALID_VALUE_FOR_FLAG_VAR("variables.invalid-value-for-flag-var", "Invalid value \"%s\" for flag -var"),
    INVALID_VALUE_FOR_VARIABLE("variables.invalid-value-for-variable", "Invalid value for variable"),
    INVALID_VALUE_FOR_VARIABLE_2("variables.invalid-value-for-variable-2", "Invalid value for %s variable"),
    INVALID_VARIABLE_VALIDATION_CONDITION(
            "variables.invalid-variable-validation-condition", "Invalid variable validation condition"),
    INVALID_VARIABLE_VALIDATION_RESULT(
            "variables.invalid-variable-validation-result", "Invalid variable validation result"),
    UNDEFINED_VARIABLE("variables.undefined-variable", "Undefined variable"),
    UNDEFINED_VAR_VARIABLE("variables.undefined-var-variable", "Undefined -var variable"),
    UNSET_VARIABLE("variables.unset-variable", "Unset variable \"%s\""),
    UNSUITABLE_VALUE_TYPE("variables.unsuitable-value-type", "Unsuitable value type"),
    VARIABLES_NOT_ALLOWED("variables.variables-not-allowed", "Variables not allowed"),
    VARIABLE_DECLARATION_IN_A_PKRVAR_FILE(
            "variables.variable-declaration-in-a-pkrvar-file", "Variable declaration in a .pkrvar file");

    private final String code;
    private final String summary;

    VariablesDiagnostics(String code, String summary) {
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
