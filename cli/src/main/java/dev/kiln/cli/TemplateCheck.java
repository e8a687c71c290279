package dev.kiln.cli;

import dev.kiln.compiler.Compilation;
import dev.kiln.compiler.CompileRequest;
import dev.kiln.compiler.CompileStage;
import dev.kiln.compiler.Compiler;
import dev.kiln.compiler.datasource.DataSourceRunner;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.source.Documents;
import dev.kiln.compiler.syntax.SourceSet;
import dev.kiln.compiler.variables.ScopeOptions;
import dev.kiln.compiler.variables.VariableInputs;
import dev.kiln.runtime.PluginCatalog;
import dev.kiln.stdlib.functions.FunctionEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code kiln validate} (without {@code -syntax-only}) does: compiles each path on its own to
 * a Plan, in one JVM, and collects the diagnostics in path order, each path's in file and line order.
 */
final class TemplateCheck {

    /** Everything found and the files to quote. */
    record Result(List<Diagnostic> diagnostics, SourceSet sources) {
        boolean valid() {
            return diagnostics.stream().noneMatch(Diagnostic::isError);
        }
    }

    private TemplateCheck() {}

    static Result check(
            List<String> paths,
            VariableInputs inputs,
            List<String> only,
            List<String> except,
            ParamOptions params,
            DataSourceRunner dataSources,
            Documents documents) {
        Compiler compiler = new Compiler(PluginCatalog.BUILT_IN);
        ScopeOptions scope = ScopeOptions.validate(FunctionEnvironment.system()).withDataSources(dataSources);
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<SourceSet> sources = new ArrayList<>();
        for (String path : paths) {
            Compilation compilation = compiler.compile(CompileRequest.of(Path.of(path), CompileStage.PLAN)
                    .withDocuments(documents)
                    .withParams(params.arguments())
                    .withVariables(inputs)
                    .withSelection(only, except)
                    .withScope(scope));
            diagnostics.addAll(RenderedFiles.keep(compilation.rendering(), params));
            diagnostics.addAll(compilation.diagnostics());
            sources.add(compilation.sources());
        }
        return new Result(diagnostics, SourceSet.union(sources));
    }
}
