package dev.kiln.cli;

import dev.kiln.compiler.Compilation;
import dev.kiln.compiler.CompileRequest;
import dev.kiln.compiler.CompileStage;
import dev.kiln.compiler.Compiler;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.schema.PluginSchemas;
import dev.kiln.compiler.source.Documents;
import dev.kiln.compiler.syntax.SourceSet;
import dev.kiln.compiler.variables.VariableInputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code kiln validate -syntax-only} does: compiles each path to {@link CompileStage#DECODE}
 * (its templates rendered, every config file parsed and checked as Packer's {@code Parse} checks
 * it, the variable values and var files read), or with {@code -parse-only} to
 * {@link CompileStage#PARSE} (only parsed), and collects every error in path order, those in
 * rendered output shown at their {@code .j2} lines.
 */
final class SyntaxCheck {

    /** Everything found, in path order and source order within a path, and the files read. */
    record Result(List<Diagnostic> diagnostics, SourceSet files) {
        boolean valid() {
            return diagnostics.stream().noneMatch(Diagnostic::isError);
        }
    }

    private SyntaxCheck() {}

    static Result check(List<String> paths, CompileStage stage, VariableInputs inputs, ParamOptions options) {
        return check(paths, stage, inputs, options, Documents.DISK);
    }

    /** {@code paths} compiled to {@code stage}, {@code documents} standing in for files (standard input). */
    static Result check(
            List<String> paths, CompileStage stage, VariableInputs inputs, ParamOptions options, Documents documents) {
        // Neither stage reads a plugin body, so -syntax-only never loads the plugin schemas.
        Compiler compiler = new Compiler(PluginSchemas.none());
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<SourceSet> files = new ArrayList<>();
        for (String path : paths) {
            Compilation compilation = compiler.compile(CompileRequest.of(Path.of(path), stage)
                    .withDocuments(documents)
                    .withParams(options.arguments())
                    .withVariables(inputs));
            diagnostics.addAll(compilation.diagnostics());
            diagnostics.addAll(RenderedFiles.keep(compilation.rendering(), options));
            files.add(compilation.sources());
        }
        return new Result(diagnostics, SourceSet.union(files));
    }
}
