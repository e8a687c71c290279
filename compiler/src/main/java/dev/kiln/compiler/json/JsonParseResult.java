package dev.kiln.compiler.json;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.source.SourceFile;
import java.util.List;

/** A parsed JSON file: its root value (partial when there are errors) and the syntax problems. */
public record JsonParseResult(SourceFile source, JsonValue root, List<Diagnostic> diagnostics) {

    public JsonParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
