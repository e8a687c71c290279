package dev.kiln.compiler.variables;

import java.util.List;
import java.util.Map;

/**
 * What the user passed on the command line and in the environment.
 *
 * @param varFiles each {@code -var-file}, in command-line order
 * @param vars each {@code -var} as written ({@code "k=v"}), in order
 * @param environment the process environment ({@code PKR_VAR_*} set variables, {@code env()} reads it)
 * @param warnOnUndeclaredVarFileNames whether a var file setting an undeclared variable is a warning
 *     ({@code validate} without {@code -no-warn-undeclared-var}) or silently ignored
 */
public record VariableInputs(List<String> varFiles, List<String> vars, Map<String, String> environment,
        boolean warnOnUndeclaredVarFileNames) {

    public VariableInputs {
        varFiles = List.copyOf(varFiles);
        vars = List.copyOf(vars);
        environment = Map.copyOf(environment);
    }

    /** No values at all: only defaults and auto var files count. */
    public static VariableInputs none() {
        return new VariableInputs(List.of(), List.of(), Map.of(), true);
    }
}
