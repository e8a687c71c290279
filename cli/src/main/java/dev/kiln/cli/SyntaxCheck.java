package dev.kiln.cli;

import dev.kiln.compiler.CompileRequest;
import dev.kiln.compiler.CompileStage;
import dev.kiln.compiler.Compilation;
import dev.kiln.compiler.Compiler;
import dev.kiln.compiler.source.Documents;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.schema.PluginSchemas;
import dev.kiln.compiler.syntax.SourceSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code kiln validate -syntax-only} does: compiles each path to {@link CompileStage#PARSE}
 * (its templates rendered and every config and auto var file parsed, as Packer loads them) and
 * collects every error in path order, those in rendered output shown at their {@code .j2} lines.
 */
final class SyntaxCheck {

    /** Everything found, in path order and source order within a path, and the files read. */
    record Result(List<Diagnostic> diagnostics, SourceSet files) {
        boolean valid() {
            return diagnostics.stream().noneMatch(Diagnostic::isError);
        }
    }

    private SyntaxCheck() {}

    static Result check(List<String> paths) {
        return check(paths, new ParamOptions());
    }

    static Result check(List<String> paths, ParamOptions options) {
        return check(paths, options, Documents.DISK);
    }

    /** {@code paths} parsed, {@code documents} standing in for files (standard input). */
    static Result check(List<String> paths, ParamOptions options, Documents documents) {
        // Parsing needs no plugin schemas, so -syntax-only never loads them.
        Compiler compiler = new Compiler(PluginSchemas.none());
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<SourceSet> files = new ArrayList<>();
        for (String path : paths) {
            Compilation compilation = compiler.compile(CompileRequest.of(Path.of(path), CompileStage.PARSE)
                    .withDocuments(documents).withParams(options.arguments()));
            diagnostics.addAll(compilation.diagnostics());
            diagnostics.addAll(RenderedFiles.keep(compilation.rendering(), options));
            files.add(compilation.sources());
        }
        return new Result(diagnostics, SourceSet.union(files));
    }
}
