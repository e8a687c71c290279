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
 * @param autoVarFiles auto var files whose texts are already at hand (rendered from {@code .j2}
 *     templates, or read by the compiler with an editor's unsaved buffers); one of these wins over
 *     the file of the same name on disk
 * @param readsAutoVarFiles whether auto var files are read at all: Packer reads them only when the
 *     template path is a directory, never for a single file
 */
public record VariableInputs(
        List<String> varFiles,
        List<String> vars,
        Map<String, String> environment,
        boolean warnOnUndeclaredVarFileNames,
        List<SourceFile> autoVarFiles,
        boolean readsAutoVarFiles) {

    public VariableInputs {
        varFiles = List.copyOf(varFiles);
        vars = List.copyOf(vars);
        environment = Map.copyOf(environment);
        autoVarFiles = List.copyOf(autoVarFiles);
    }

    /** Inputs whose auto var files are all read from disk. */
    public VariableInputs(
            List<String> varFiles,
            List<String> vars,
            Map<String, String> environment,
            boolean warnOnUndeclaredVarFileNames) {
        this(varFiles, vars, environment, warnOnUndeclaredVarFileNames, List.of(), true);
    }

    /** The same inputs, also reading {@code files} as auto var files. */
    public VariableInputs withAutoVarFiles(List<SourceFile> files) {
        return new VariableInputs(varFiles, vars, environment, warnOnUndeclaredVarFileNames, files, readsAutoVarFiles);
    }

    /** The same inputs, reading no auto var files (the template path is a single file). */
    public VariableInputs withoutAutoVarFiles() {
        return new VariableInputs(varFiles, vars, environment, warnOnUndeclaredVarFileNames, List.of(), false);
    }

    /** No values at all: only defaults and auto var files count. */
    public static VariableInputs none() {
        return new VariableInputs(List.of(), List.of(), Map.of(), true);
    }
}
