package dev.kiln.compiler.render;

import dev.kiln.compiler.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * The render stage's parameters as the user wrote them: each {@code --params [NAME=]FILE} and each
 * {@code --param KEY.PATH=VALUE}. They are read only when a configuration has {@code .j2} files.
 */
public record ParamArguments(List<String> files, List<String> values) {

    /** No parameters. */
    public static final ParamArguments NONE = new ParamArguments(List.of(), List.of());

    public ParamArguments {
        files = List.copyOf(files);
        values = List.copyOf(values);
    }

    /** The merged parameters; a malformed {@code --param} and every problem reading the files are in its diagnostics. */
    public Params load() {
        List<ParamSpec> specs = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (String argument : files) specs.add(ParamSpec.params(argument));
        for (String argument : values) {
            ParamSpec spec = ParamSpec.param(argument);
            if (spec == null) {
                problems.add(RenderDiagnostics.INVALID_PARAM
                        .with(argument)
                        .error(
                                "Write --param key.path=value, with a dotted name of letters, digits, _ and - before the =.",
                                null));
            } else {
                specs.add(spec);
            }
        }
        Params params = specs.isEmpty() ? Params.NONE : Params.load(specs);
        if (problems.isEmpty()) return params;
        problems.addAll(params.diagnostics());
        return new Params(params.values(), params.files(), problems);
    }
}
