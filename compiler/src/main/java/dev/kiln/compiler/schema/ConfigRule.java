package dev.kiln.compiler.schema;

import java.util.List;

/**
 * A validation rule of a plugin's configuration that the types alone cannot express: arguments
 * required together or exclusive of each other, allowed values, ranges. It runs once the values are
 * evaluated and must ignore unknown values.
 */
@FunctionalInterface
public interface ConfigRule {

    /** The problems of {@code config}; empty when it satisfies the rule. */
    List<RuleViolation> check(ConfigView config);
}
