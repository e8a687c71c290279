package dev.kiln.compiler;

import dev.kiln.compiler.render.ParamArguments;
import dev.kiln.compiler.source.Documents;
import dev.kiln.compiler.variables.ScopeOptions;
import dev.kiln.compiler.variables.VariableInputs;
import dev.kiln.stdlib.functions.FunctionEnvironment;
import java.nio.file.Path;
import java.util.List;

/**
 * What to compile: one configuration path (a file or a directory) and everything the user gave
 * with it. Unsaved editor texts are {@link #documents}, read in place of the files at their paths
 * (and counted as files of their directory), so an editor and the command line share one path
 * through the compiler.
 *
 * @param path the file or directory, as the user wrote it (diagnostics name files from it)
 * @param stage how far to go
 * @param documents where files are read
 * @param params the render stage's parameters, read when there is a {@code .j2} file
 * @param variables {@code -var}, {@code -var-file} and the environment
 * @param only the raw {@code -only} values
 * @param except the raw {@code -except} values
 * @param scope how variables are checked and data sources run
 */
public record CompileRequest(
        Path path,
        CompileStage stage,
        Documents documents,
        ParamArguments params,
        VariableInputs variables,
        List<String> only,
        List<String> except,
        ScopeOptions scope) {

    public CompileRequest {
        only = List.copyOf(only);
        except = List.copyOf(except);
    }

    /** {@code path} to {@code stage}, from disk, with no parameters, no variable values, every build, validate's checks. */
    public static CompileRequest of(Path path, CompileStage stage) {
        return new CompileRequest(
                path,
                stage,
                Documents.DISK,
                ParamArguments.NONE,
                VariableInputs.none(),
                List.of(),
                List.of(),
                ScopeOptions.validate(FunctionEnvironment.system()));
    }

    /** This request reading {@code texts} in place of the files at their paths. */
    public CompileRequest withDocuments(Documents texts) {
        return new CompileRequest(path, stage, texts, params, variables, only, except, scope);
    }

    /** This request with the render parameters {@code arguments}. */
    public CompileRequest withParams(ParamArguments arguments) {
        return new CompileRequest(path, stage, documents, arguments, variables, only, except, scope);
    }

    /** This request with the variable values {@code inputs}. */
    public CompileRequest withVariables(VariableInputs inputs) {
        return new CompileRequest(path, stage, documents, params, inputs, only, except, scope);
    }

    /** This request selecting builds with the raw {@code -only} and {@code -except} values. */
    public CompileRequest withSelection(List<String> onlyGlobs, List<String> exceptGlobs) {
        return new CompileRequest(path, stage, documents, params, variables, onlyGlobs, exceptGlobs, scope);
    }

    /** This request evaluating its scope with {@code options}. */
    public CompileRequest withScope(ScopeOptions options) {
        return new CompileRequest(path, stage, documents, params, variables, only, except, options);
    }
}
