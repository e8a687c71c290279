package dev.kiln.compiler.syntax;

import dev.kiln.compiler.diag.DiagnosticKind;

/**
 * The diagnostics of dev.kiln.compiler.syntax: each kind's stable code (see docs/diagnostics.md) and
 * its summary, with {@code %s} where it names something.
 */
public enum SyntaxDiagnostics implements DiagnosticKind {
    ARGUMENT_DEFINITION_REQUIRED("syntax.argument-definition-required", "Argument definition required"),
    ARGUMENT_OR_BLOCK_DEFINITION_REQUIRED(
            "syntax.argument-or-block-definition-required", "Argument or block definition required"),
    ATTRIBUTE_REDEFINED("syntax.attribute-redefined", "Attribute redefined"),
    DUPLICATE_FOR_VARIABLE("syntax.duplicate-for-variable", "Duplicate 'for' variable"),
    EXPRESSION_TOO_COMPLEX("syntax.expression-too-complex", "Expression too complex"),
    EXTRA_CHARACTERS_AFTER_INTERPOLATION_EXPRESSION(
            "syntax.extra-characters-after-interpolation-expression",
            "Extra characters after interpolation expression"),
    EXTRA_CHARACTERS_IN_MARKER("syntax.extra-characters-in-marker", "Extra characters in %s marker"),
    INVALID_ARGUMENT_NAME("syntax.invalid-argument-name", "Invalid argument name"),
    INVALID_ATTRIBUTE_NAME("syntax.invalid-attribute-name", "Invalid attribute name"),
    INVALID_BLOCK_DEFINITION("syntax.invalid-block-definition", "Invalid block definition"),
    INVALID_CHARACTER("syntax.invalid-character", "Invalid character"),
    INVALID_CHARACTER_ENCODING("syntax.invalid-character-encoding", "Invalid character encoding"),
    INVALID_ESCAPE_SEQUENCE("syntax.invalid-escape-sequence", "Invalid escape sequence"),
    INVALID_EXPRESSION("syntax.invalid-expression", "Invalid expression"),
    INVALID_FOR_EXPRESSION("syntax.invalid-for-expression", "Invalid 'for' expression"),
    INVALID_LEGACY_INDEX_SYNTAX("syntax.invalid-legacy-index-syntax", "Invalid legacy index syntax"),
    INVALID_MULTI_LINE_STRING("syntax.invalid-multi-line-string", "Invalid multi-line string"),
    INVALID_NUMBER_LITERAL("syntax.invalid-number-literal", "Invalid number literal"),
    INVALID_SINGLE_ARGUMENT_BLOCK_DEFINITION(
            "syntax.invalid-single-argument-block-definition", "Invalid single-argument block definition"),
    INVALID_STRING_LITERAL("syntax.invalid-string-literal", "Invalid string literal"),
    INVALID_TEMPLATE_DIRECTIVE("syntax.invalid-template-directive", "Invalid template directive"),
    MISSING_ARGUMENT_SEPARATOR("syntax.missing-argument-separator", "Missing argument separator"),
    MISSING_ATTRIBUTE_SEPARATOR("syntax.missing-attribute-separator", "Missing attribute separator"),
    MISSING_CLOSE_BRACKET_ON_INDEX("syntax.missing-close-bracket-on-index", "Missing close bracket on index"),
    MISSING_FALSE_EXPRESSION_IN_CONDITIONAL(
            "syntax.missing-false-expression-in-conditional", "Missing false expression in conditional"),
    MISSING_ITEM_SEPARATOR("syntax.missing-item-separator", "Missing item separator"),
    MISSING_KEY_VALUE_SEPARATOR("syntax.missing-key-value-separator", "Missing key/value separator"),
    MISSING_NEWLINE_AFTER_ARGUMENT("syntax.missing-newline-after-argument", "Missing newline after argument"),
    MISSING_NEWLINE_AFTER_BLOCK_DEFINITION(
            "syntax.missing-newline-after-block-definition", "Missing newline after block definition"),
    NESTING_TOO_DEEP("syntax.nesting-too-deep", "Nesting too deep"),
    UNBALANCED_PARENTHESES("syntax.unbalanced-parentheses", "Unbalanced parentheses"),
    UNCLOSED_CONFIGURATION_BLOCK("syntax.unclosed-configuration-block", "Unclosed configuration block"),
    UNCLOSED_HEREDOC("syntax.unclosed-heredoc", "Unclosed heredoc"),
    UNCLOSED_TEMPLATE_DIRECTIVE("syntax.unclosed-template-directive", "Unclosed template directive"),
    UNCLOSED_TEMPLATE_INTERPOLATION("syntax.unclosed-template-interpolation", "Unclosed template interpolation"),
    UNEXPECTED_COMMA_AFTER_ARGUMENT("syntax.unexpected-comma-after-argument", "Unexpected comma after argument"),
    UNEXPECTED_DIRECTIVE("syntax.unexpected-directive", "Unexpected %s directive"),
    UNEXPECTED_END_OF_FILE("syntax.unexpected-end-of-file", "Unexpected end of file"),
    UNSUPPORTED_OPERATOR("syntax.unsupported-operator", "Unsupported operator"),
    UNTERMINATED_COMMENT("syntax.unterminated-comment", "Unterminated comment"),
    UNTERMINATED_FUNCTION_CALL("syntax.unterminated-function-call", "Unterminated function call"),
    UNTERMINATED_OBJECT_CONSTRUCTOR_EXPRESSION(
            "syntax.unterminated-object-constructor-expression", "Unterminated object constructor expression"),
    UNTERMINATED_TEMPLATE_DIRECTIVE("syntax.unterminated-template-directive", "Unterminated template directive"),
    UNTERMINATED_TEMPLATE_STRING("syntax.unterminated-template-string", "Unterminated template string"),
    UNTERMINATED_TUPLE_CONSTRUCTOR_EXPRESSION(
            "syntax.unterminated-tuple-constructor-expression", "Unterminated tuple constructor expression");

    private final String code;
    private final String summary;

    SyntaxDiagnostics(String code, String summary) {
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
