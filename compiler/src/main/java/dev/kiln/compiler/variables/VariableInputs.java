package dev.kiln.compiler.variables;

import dev.kiln.compiler.source.SourceFile;
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
 * @param renderedAutoVarFiles auto var files rendered from {@code *.auto.pkrvars.hcl.j2} templates,
 *     read with the ones on disk
 * @param autoVarFiles whether {@code *.auto.pkrvars.*} files are read at all: Packer reads them
 *     only when the template path is a directory, never for a single file
 */
public record VariableInputs(List<String> varFiles, List<String> vars, Map<String, String> environment,
        boolean warnOnUndeclaredVarFileNames, List<SourceFile> renderedAutoVarFiles, boolean autoVarFiles) {

    public VariableInputs {
        varFiles = List.copyOf(varFiles);
        vars = List.copyOf(vars);
        environment = Map.copyOf(environment);
        renderedAutoVarFiles = List.copyOf(renderedAutoVarFiles);
    }

    /** Inputs without rendered auto var files. */
    public VariableInputs(List<String> varFiles, List<String> vars, Map<String, String> environment,
            boolean warnOnUndeclaredVarFileNames) {
        this(varFiles, vars, environment, warnOnUndeclaredVarFileNames, List.of(), true);
    }

    /** The same inputs, also reading {@code files} as auto var files. */
    public VariableInputs withRenderedAutoVarFiles(List<SourceFile> files) {
        return new VariableInputs(varFiles, vars, environment, warnOnUndeclaredVarFileNames, files, autoVarFiles);
    }

    /** The same inputs, reading auto var files or not (only for a directory, as Packer). */
    public VariableInputs withAutoVarFiles(boolean read) {
        return new VariableInputs(varFiles, vars, environment, warnOnUndeclaredVarFileNames, renderedAutoVarFiles, read);
    }

    /** No values at all: only defaults and auto var files count. */
    public static VariableInputs none() {
        return new VariableInputs(List.of(), List.of(), Map.of(), true);
    }
}
