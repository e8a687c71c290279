package dev.kiln.compiler.variables;

import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;

/**
 * The value an input variable ends up with.
 *
 * @param type the declared type (or the default's type for an untyped variable; {@code any} if neither)
 * @param value the winning value, converted, marked sensitive if declared so; unknown when unset
 * @param source where the value came from; null when unset
 * @param required whether the variable has no default, so it must be given a value
 */
public record VariableValue(
        String name,
        Type type,
        Value value,
        ValueSource source,
        boolean sensitive,
        String description,
        boolean required) {

    /** Whether no source gave this variable a value. */
    public boolean isUnset() {
        return source == null;
    }
}
