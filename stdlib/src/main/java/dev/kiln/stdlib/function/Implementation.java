package dev.kiln.stdlib.function;

import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;
import java.util.List;

/**
 * What a function does, as cty's {@code ImplFunc}.
 *
 * <p>By the time it runs, the call machinery has checked arity, converted each argument to its
 * parameter's type and dealt with null, unknown and marked arguments according to the
 * {@link Parameter} flags. The result must conform to {@code returnType}.
 */
@FunctionalInterface
public interface Implementation {

    /** Computes the result of the call. */
    Value call(List<Value> arguments, Type returnType) throws FunctionException;
}
