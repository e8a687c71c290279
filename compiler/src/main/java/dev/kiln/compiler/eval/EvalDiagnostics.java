package dev.kiln.compiler.eval;

import dev.kiln.compiler.diag.DiagnosticKind;

/**
 * The diagnostics of dev.kiln.compiler.eval: each kind's stable code (see docs/diagnostics.md) and
 * its summary, with {@code %s} where it names something.
 */
public enum EvalDiagnostics implements DiagnosticKind {
    AMBIGUOUS_ATTRIBUTE_KEY("eval.ambiguous-attribute-key", "Ambiguous attribute key"),
    ATTEMPT_TO_GET_ATTRIBUTE_FROM_NULL_VALUE(
            "eval.attempt-to-get-attribute-from-null-value", "Attempt to get attribute from null value"),
    ATTEMPT_TO_INDEX_NULL_VALUE("eval.attempt-to-index-null-value", "Attempt to index null value"),
    CALL_TO_UNKNOWN_FUNCTION("eval.call-to-unknown-function", "Call to unknown function"),
    CONDITION_IS_NULL("eval.condition-is-null", "Condition is null"),
    DUPLICATE_OBJECT_KEY("eval.duplicate-object-key", "Duplicate object key"),
    ERROR_IN_FUNCTION_CALL("eval.error-in-function-call", "Error in function call"),
    FUNCTION_CALL_FAILED("eval.function-call-failed", "%s"),
    INCONSISTENT_CONDITIONAL_RESULT_TYPES(
            "eval.inconsistent-conditional-result-types", "Inconsistent conditional result types"),
    INCORRECT_CONDITION_TYPE("eval.incorrect-condition-type", "Incorrect condition type"),
    INCORRECT_KEY_TYPE("eval.incorrect-key-type", "Incorrect key type"),
    INVALID_DEFAULT_VALUE_FOR_OPTIONAL_ATTRIBUTE(
            "eval.invalid-default-value-for-optional-attribute", "Invalid default value for optional attribute"),
    INVALID_EXPANDING_ARGUMENT_VALUE("eval.invalid-expanding-argument-value", "Invalid expanding argument value"),
    INVALID_FOR_CONDITION("eval.invalid-for-condition", "Invalid 'for' condition"),
    INVALID_FUNCTION_ARGUMENT("eval.invalid-function-argument", "Invalid function argument"),
    INVALID_INDEX("eval.invalid-index", "Invalid index"),
    INVALID_OBJECT_KEY("eval.invalid-object-key", "Invalid object key"),
    INVALID_OPERAND("eval.invalid-operand", "Invalid operand"),
    INVALID_TEMPLATE_INTERPOLATION_VALUE(
            "eval.invalid-template-interpolation-value", "Invalid template interpolation value"),
    INVALID_TYPE_SPECIFICATION("eval.invalid-type-specification", "Invalid type specification"),
    ITERATION_OVER_NON_ITERABLE_VALUE("eval.iteration-over-non-iterable-value", "Iteration over non-iterable value"),
    ITERATION_OVER_NULL_VALUE("eval.iteration-over-null-value", "Iteration over null value"),
    MISSING_MAP_ELEMENT("eval.missing-map-element", "Missing map element"),
    NOT_ENOUGH_FUNCTION_ARGUMENTS("eval.not-enough-function-arguments", "Not enough function arguments"),
    NULL_CONDITION("eval.null-condition", "Null condition"),
    NULL_VALUE_AS_KEY("eval.null-value-as-key", "Null value as key"),
    OPERATION_FAILED("eval.operation-failed", "Operation failed"),
    SPLAT_OF_NULL_VALUE("eval.splat-of-null-value", "Splat of null value"),
    TOO_MANY_FUNCTION_ARGUMENTS("eval.too-many-function-arguments", "Too many function arguments"),
    UNKNOWN_VARIABLE("eval.unknown-variable", "Unknown variable"),
    UNSUPPORTED_ATTRIBUTE("eval.unsupported-attribute", "Unsupported attribute");

    private final String code;
    private final String summary;

    EvalDiagnostics(String code, String summary) {
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
