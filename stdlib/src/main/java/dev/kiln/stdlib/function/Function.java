package dev.kiln.stdlib.function;

import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A function callable from HCL expressions: its signature, its return-type rule, its
 * implementation and its documentation. Build one with {@link #builder(String)}.
 *
 * @param name the name used in calls, unique within a {@link FunctionCatalog}
 * @param parameters the positional parameters
 * @param variadic the parameter that takes any number of further arguments, if any
 * @param declaredReturnType the return type shown in the signature; {@code any} when the
 *     {@code returnType} rule computes it
 * @param returnType computes the result type from the arguments
 * @param implementation computes the result
 * @param summary one line for listings ("Converts letters to upper case.")
 * @param description longer documentation, may be several paragraphs
 */
public record Function(
        String name,
        List<Parameter> parameters,
        Optional<Parameter> variadic,
        Type declaredReturnType,
        ReturnTypeRule returnType,
        Implementation implementation,
        String summary,
        String description) {

    /** Copies the parameters and checks names are present and distinct. */
    public Function {
        Objects.requireNonNull(name, "name");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(variadic, "variadic");
        Objects.requireNonNull(declaredReturnType, "declaredReturnType");
        Objects.requireNonNull(returnType, "returnType");
        Objects.requireNonNull(implementation, "implementation");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        List<String> names = new ArrayList<>();
        parameters.forEach(p -> names.add(p.name()));
        variadic.ifPresent(p -> names.add(p.name()));
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException(name + ": parameter names must be distinct: " + names);
        }
    }

    /** Starts describing a function called {@code name}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Calls the function: checks arity, converts arguments, handles null, unknown and marked
     * arguments, and runs the implementation. Never throws for bad arguments.
     */
    public CallResult call(List<Value> arguments) {
        return new FunctionCall(this, arguments).run();
    }

    /** Calls the function with the given arguments. */
    public CallResult call(Value... arguments) {
        return call(List.of(arguments));
    }

    /** The parameter that receives the argument at {@code index}, if there is one. */
    public Optional<Parameter> parameterFor(int index) {
        return index < parameters.size() ? Optional.of(parameters.get(index)) : variadic;
    }

    /** The signature as a line: {@code upper(str string) string}. */
    public String signature() {
        List<String> params = parameters.stream().map(p -> p.signature(false)).collect(Collectors.toList());
        variadic.ifPresent(p -> params.add(p.signature(true)));
        return name + "(" + String.join(", ", params) + ") " + declaredReturnType;
    }

    /** Collects the parts of a {@link Function}. */
    public static final class Builder {
        private final String name;
        private final List<Parameter> parameters = new ArrayList<>();
        private Optional<Parameter> variadic = Optional.empty();
        private Type declaredReturnType;
        private ReturnTypeRule returnType;
        private Implementation implementation;
        private String summary = "";
        private String description = "";

        private Builder(String name) {
            this.name = name;
        }

        /** Adds a positional parameter. */
        public Builder parameter(Parameter parameter) {
            parameters.add(parameter);
            return this;
        }

        /** Sets the parameter that takes all remaining arguments. */
        public Builder variadic(Parameter parameter) {
            variadic = Optional.of(parameter);
            return this;
        }

        /** The function always returns {@code type}. */
        public Builder returns(Type type) {
            return returns(type, ReturnTypeRule.fixed(type));
        }

        /** The function returns what {@code rule} computes; {@code declared} is shown in signatures. */
        public Builder returns(Type declared, ReturnTypeRule rule) {
            declaredReturnType = declared;
            returnType = rule;
            return this;
        }

        /** Sets what the function does. */
        public Builder implementation(Implementation implementation) {
            this.implementation = implementation;
            return this;
        }

        /** Sets the one-line summary. */
        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** Sets the longer description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The function; fails if the return type or implementation is missing. */
        public Function build() {
            if (returnType == null || implementation == null) {
                throw new IllegalStateException(name + ": return type and implementation are required");
            }
            return new Function(
                    name, parameters, variadic, declaredReturnType, returnType, implementation, summary, description);
        }
    }
}
