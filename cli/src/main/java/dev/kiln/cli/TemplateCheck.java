package dev.kiln.cli;

import dev.kiln.compiler.config.ConfigLoader;
import dev.kiln.compiler.datasource.DataSourceRunner;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.SourceLookup;
import dev.kiln.compiler.plan.TemplateValidation;
import dev.kiln.compiler.variables.ScopeOptions;
import dev.kiln.compiler.variables.VariableInputs;
import dev.kiln.runtime.PluginCatalog;
import dev.kiln.stdlib.functions.FunctionEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code kiln validate} (without {@code -syntax-only}) does: validates each path on its own,
 * in one JVM, and collects the diagnostics in path order, each path's in file and line order.
 */
final class TemplateCheck {

    /** Everything found and the files to quote. */
    record Result(List<Diagnostic> diagnostics, SourceLookup sources) {
        boolean valid() {
            return diagnostics.stream().noneMatch(Diagnostic::isError);
        }
    }

    private TemplateCheck() {}

    static Result check(List<String> paths, VariableInputs inputs, List<String> only, List<String> except,
            ParamOptions params, DataSourceRunner dataSources) {
        TemplateValidation validation = new TemplateValidation(PluginCatalog.BUILT_IN);
        ConfigLoader loader = new ConfigLoader(PluginCatalog.BUILT_IN);
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<SourceLookup> sources = new ArrayList<>();
        for (String path : paths) {
            ConfigurationLoading.Loaded loaded = ConfigurationLoading.load(Path.of(path), params, loader);
            TemplateValidation.Result result = validation.validate(loaded.load(), loaded.inputs(inputs),
                    ScopeOptions.validate(FunctionEnvironment.system()).withDataSources(dataSources), only, except);
            diagnostics.addAll(loaded.remap(result.diagnostics()));
            sources.add(result.load().files());
        }
        return new Result(diagnostics, new SourceLookups(sources));
    }
}
