package dev.kiln.compiler.eval;

import dev.kiln.stdlib.convert.Defaults;
import dev.kiln.stdlib.type.Type;

/**
 * A type constraint read from a {@code type = ...} expression: the type and the defaults of its
 * {@code optional(T, default)} attributes.
 */
public record TypeConstraint(Type type, Defaults defaults) {

    /** {@code any} without defaults: what a bad type expression stands for after its error. */
    public static final TypeConstraint ANY = new TypeConstraint(Type.ANY, Defaults.NONE);
}
