package dev.kiln.stdlib.function;

import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Marks;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The one place that runs a function, as cty's {@code Function.Call} together with the argument
 * handling HCL does before calling it.
 */
final class FunctionCall {

    private final Function function;
    private final List<Value> arguments;

    FunctionCall(Function function, List<Value> arguments) {
        this.function = function;
        this.arguments = List.copyOf(arguments);
    }

    CallResult run() {
        List<Parameter> parameters = function.parameters();
        if (arguments.size() < parameters.size()) {
            String qualifier = function.variadic().isPresent() ? " at least" : "";
            return failure(
                    "Not enough function arguments",
                    String.format(
                            "Function \"%s\" expects%s %d argument(s). Missing value for \"%s\".",
                            function.name(),
                            qualifier,
                            parameters.size(),
                            parameters.get(arguments.size()).name()),
                    "not enough arguments",
                    OptionalInt.empty());
        }
        if (arguments.size() > parameters.size() && function.variadic().isEmpty()) {
            return failure(
                    "Too many function arguments",
                    String.format("Function \"%s\" expects only %d argument(s).", function.name(), parameters.size()),
                    "too many arguments",
                    OptionalInt.of(parameters.size()));
        }

        Marks resultMarks = Marks.NONE;
        boolean unknownResult = false;
        boolean dynamicResult = false;
        boolean nullOfUnknownType = false;
        List<Value> prepared = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            Parameter parameter = function.parameterFor(i).orElseThrow();
            Value argument = arguments.get(i);
            if (!parameter.allowMarked()) {
                resultMarks = resultMarks.union(argument.deepMarks());
                argument = argument.unmarkDeep();
            }
            if (argument.isNull() && !parameter.allowNull()) {
                return argumentFailure(i, "argument must not be null");
            }
            ConversionResult converted = Conversion.convert(argument, parameter.type());
            if (!converted.isSuccess()) {
                return argumentFailure(i, ((ConversionResult.Failure) converted).message());
            }
            argument = converted.value();
            if (argument.type() == Type.ANY && !parameter.allowDynamicType()) {
                // As cty: only an unknown of unknown type short-circuits the call; a null of unknown
                // type (HCL's bare null) skips the return-type rule but still reaches the
                // implementation, so format("%v", null) gives "null".
                if (argument.isKnown()) {
                    nullOfUnknownType = true;
                } else {
                    dynamicResult = true;
                }
            } else if (!argument.isKnown() && !parameter.allowUnknown()) {
                unknownResult = true;
            }
            prepared.add(argument);
        }
        if (dynamicResult) {
            return new CallResult.Success(Value.DYNAMIC.withAddedMarks(resultMarks));
        }

        Type returnType;
        try {
            returnType = nullOfUnknownType ? Type.ANY : function.returnType().returnType(prepared);
        } catch (FunctionException e) {
            return failure(e);
        }
        if (unknownResult) {
            return new CallResult.Success(Value.unknown(returnType).withAddedMarks(resultMarks));
        }

        Value result;
        try {
            result = function.implementation().call(prepared, returnType);
        } catch (FunctionException e) {
            return failure(e);
        }
        if (!Conformance.conforms(result.type(), returnType)) {
            throw new IllegalStateException(
                    function.name() + " returned " + result.type() + " but its return type is " + returnType);
        }
        return new CallResult.Success(result.withAddedMarks(resultMarks));
    }

    private CallResult failure(FunctionException e) {
        OptionalInt index = e.argumentIndex();
        if (index.isPresent() && function.parameterFor(index.getAsInt()).isPresent()) {
            return argumentFailure(index.getAsInt(), e.getMessage());
        }
        return failure(
                "Error in function call",
                String.format("Call to function \"%s\" failed: %s.", function.name(), e.getMessage()),
                e.getMessage(),
                OptionalInt.empty());
    }

    private CallResult argumentFailure(int index, String message) {
        String parameter = function.parameterFor(index).orElseThrow().name();
        return failure(
                "Invalid function argument",
                String.format("Invalid value for \"%s\" parameter: %s.", parameter, message),
                message,
                OptionalInt.of(index));
    }

    private static CallResult failure(String summary, String detail, String message, OptionalInt index) {
        return new CallResult.Failure(new FunctionError(summary, detail, message, index));
    }
}
