package dev.kiln.cli;

import dev.kiln.compiler.eval.EvalContext;
import dev.kiln.compiler.eval.EvaluatorFunctions;
import dev.kiln.compiler.syntax.SourceSet;
import dev.kiln.stdlib.functions.PackerFunctions;
import dev.kiln.stdlib.value.Value;
import java.nio.file.Path;
import java.util.Map;

/** The console's scope without a template: empty {@code var} and {@code local}, and {@code path}. */
final class TemplatelessScope implements ConsoleScope {

    private final EvalContext context;

    TemplatelessScope(Path workingDirectory) {
        String cwd = workingDirectory.toAbsolutePath().normalize().toString();
        this.context = EvalContext.builder(EvaluatorFunctions.catalog(PackerFunctions.catalog()))
                .variable("var", Value.object(Map.of()))
                .variable("local", Value.object(Map.of()))
                .variable("path", Value.object(Map.of("cwd", Value.string(cwd), "root", Value.string(cwd))))
                .build();
    }

    @Override
    public EvalContext context() {
        return context;
    }

    @Override
    public SourceSet sources() {
        return SourceSet.EMPTY;
    }
}
