package dev.kiln.compiler.scope;

import java.util.List;
import java.util.Map;

/** Where variable values come from besides defaults: {@code -var-file}s, {@code -var}s and the environment. */
public record VariableInputs(List<String> varFiles, List<String> vars, Map<String, String> environment,
        boolean warnOnUndeclaredVarFileNames) {

    public VariableInputs {
        varFiles = List.copyOf(varFiles);
        vars = List.copyOf(vars);
        environment = Map.copyOf(environment);
    }

    /** No values but the defaults. */
    public static VariableInputs none() {
        return new VariableInputs(List.of(), List.of(), Map.of(), true);
    }
}
