package dev.kiln.compiler.schema;

import dev.kiln.compiler.diag.Severity;

/**
 * What a {@link ConfigRule} found: Packer's message for it, and the argument it is about (null for
 * the block as a whole) so the diagnostic can point at the value.
 */
public record RuleViolation(Severity severity, String message, String attribute) {

    /** An error about argument {@code attribute} (null: the whole block). */
    public static RuleViolation error(String attribute, String message) {
        return new RuleViolation(Severity.ERROR, message, attribute);
    }

    /** A warning about argument {@code attribute} (null: the whole block). */
    public static RuleViolation warning(String attribute, String message) {
        return new RuleViolation(Severity.WARNING, message, attribute);
    }
}
