package dev.kiln.compiler.eval;

import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionCatalog;
import dev.kiln.stdlib.function.FunctionException;
import dev.kiln.stdlib.function.Parameter;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.util.List;
import java.util.Map;

/**
 * The functions the compiler supplies on top of the stdlib catalog: {@code can}, {@code try},
 * {@code convert} and {@code templatefile}, which need the evaluator, and {@code env}, which
 * Packer offers only in variable defaults.
 */
public final class EvaluatorFunctions {

    static final Function CAN = form(
            "can",
            "Evaluates the given expression and returns a boolean value indicating "
                    + "whether the expression produced a result without any errors.",
            List.of(Parameter.of("expression", Type.ANY).allowingNull().allowingUnknown()),
            null,
            Type.BOOL);
    static final Function TRY = form(
            "try",
            "Evaluates all of its argument expressions in turn and returns the "
                    + "result of the first one that does not produce any errors.",
            List.of(),
            Parameter.of("expressions", Type.ANY).allowingNull().allowingUnknown(),
            Type.ANY);
    static final Function CONVERT = form(
            "convert",
            "Converts a value to the given type constraint, such as " + "convert(x, list(string)).",
            List.of(Parameter.of("value", Type.ANY).allowingNull(), Parameter.of("type", Type.ANY)),
            null,
            Type.ANY);
    static final Function TEMPLATEFILE = form(
            "templatefile",
            "Reads the file at the given path, relative to "
                    + "path.root, and renders its content as a template using the given variables (a map or object).",
            List.of(Parameter.of("path", Type.STRING), Parameter.of("vars", Type.ANY)),
            null,
            Type.ANY);

    private EvaluatorFunctions() {}

    /** {@code base} plus {@code can}, {@code try}, {@code convert} and {@code templatefile}. */
    public static FunctionCatalog catalog(FunctionCatalog base) {
        return base.with(List.of(CAN, TRY, CONVERT, TEMPLATEFILE));
    }

    /**
     * {@code catalog} plus {@code env(name)} reading {@code environment}: for evaluating variable
     * defaults, the only place Packer allows it. An unset variable reads as the empty string.
     */
    public static FunctionCatalog withEnv(FunctionCatalog catalog, Map<String, String> environment) {
        Map<String, String> copy = Map.copyOf(environment);
        Function env = Function.builder("env")
                .parameter(Parameter.of("key", Type.STRING))
                .returns(Type.STRING)
                .summary("Returns the value of an environment variable, or an empty string if it is not set.")
                .description("Only available in the default value of a variable.")
                .implementation(
                        (args, type) -> Value.string(copy.getOrDefault(((StringValue) args.get(0)).value(), "")))
                .build();
        return catalog.with(List.of(env));
    }

    private static Function form(
            String name, String summary, List<Parameter> parameters, Parameter variadic, Type returns) {
        Function.Builder builder = Function.builder(name)
                .returns(returns)
                .summary(summary)
                .implementation((args, type) -> {
                    throw FunctionException.of(name + " is evaluated by the expression evaluator");
                });
        parameters.forEach(builder::parameter);
        if (variadic != null) builder.variadic(variadic);
        return builder.build();
    }
}
