package dev.kiln.stdlib.function;

import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;
import java.util.List;

/**
 * Computes a function's result type from its arguments, as cty's {@code TypeFunc}.
 *
 * <p>Arguments have already been converted to the parameter types, but any of them may be
 * unknown (even where the parameter does not allow unknown values), so that calls can be type
 * checked before values exist. A rule may look at values that are known to choose a more precise
 * type, and should return {@code any} when the type depends on something unknown.
 */
@FunctionalInterface
public interface ReturnTypeRule {

    /** The result type for these arguments, or a {@link FunctionException} if they are unusable. */
    Type returnType(List<Value> arguments) throws FunctionException;

    /** A rule that always answers {@code type}. */
    static ReturnTypeRule fixed(Type type) {
        return arguments -> type;
    }
}
