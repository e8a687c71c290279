package dev.kiln.cli.report;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.SourceLookup;
import dev.kiln.compiler.source.SourceRange;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Diagnostics as a SARIF 2.1.0 log, the format GitHub code scanning uploads. Each distinct code
 * becomes a rule ({@code syntax.missing-newline-after-argument}, named by its first summary);
 * file locations are given relative
 * to the working directory, which in CI is the repository root, as code scanning expects.
 */
public final class SarifReport {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {}

    /** The log of one kiln run. */
    public static String of(
            List<Diagnostic> diagnostics, SourceLookup sources, String toolVersion, Path workingDirectory) {
        Map<String, String> rules = new LinkedHashMap<>();
        for (Diagnostic diagnostic : diagnostics) rules.putIfAbsent(ruleId(diagnostic), diagnostic.summary());

        JsonWriter json = new JsonWriter(true)
                .beginObject()
                .name("$schema")
                .value(SCHEMA)
                .name("version")
                .value("2.1.0")
                .name("runs")
                .beginArray()
                .beginObject()
                .name("tool")
                .beginObject()
                .name("driver")
                .beginObject()
                .name("name")
                .value("kiln")
                .name("version")
                .value(toolVersion)
                .name("rules")
                .beginArray();
        for (Map.Entry<String, String> rule : rules.entrySet()) {
            json.beginObject()
                    .name("id")
                    .value(rule.getKey())
                    .name("name")
                    .value(rule.getValue())
                    .name("shortDescription")
                    .beginObject()
                    .name("text")
                    .value(rule.getValue())
                    .endObject()
                    .endObject();
        }
        json.endArray().endObject().endObject();
        json.name("columnKind").value("utf16CodeUnits");
        json.name("results").beginArray();
        for (Diagnostic diagnostic : diagnostics) result(json, diagnostic, sources, workingDirectory);
        return json.endArray().endObject().endArray().endObject() + "\n";
    }

    private static void result(JsonWriter json, Diagnostic diagnostic, SourceLookup sources, Path workingDirectory) {
        String message = diagnostic.detail().isEmpty()
                ? diagnostic.summary()
                : diagnostic.summary() + ": " + diagnostic.detail();
        json.beginObject()
                .name("ruleId")
                .value(ruleId(diagnostic))
                .name("level")
                .value(diagnostic.isError() ? "error" : "warning")
                .name("message")
                .beginObject()
                .name("text")
                .value(message)
                .endObject();
        SourceRange range = diagnostic.subject();
        if (range != null) {
            json.name("locations")
                    .beginArray()
                    .beginObject()
                    .name("physicalLocation")
                    .beginObject()
                    .name("artifactLocation")
                    .beginObject()
                    .name("uri")
                    .value(uri(range.file(), workingDirectory))
                    .endObject()
                    .name("region")
                    .beginObject()
                    .name("startLine")
                    .value(range.start().line())
                    .name("startColumn")
                    .value(Positions.utf16Column(range.start(), range.file(), sources))
                    .name("endLine")
                    .value(range.end().line())
                    .name("endColumn")
                    .value(Positions.utf16Column(range.end(), range.file(), sources))
                    .endObject()
                    .endObject()
                    .endObject()
                    .endArray();
        }
        json.endObject();
    }

    /** The rule of a result: the diagnostic's stable code (docs/diagnostics.md). */
    static String ruleId(Diagnostic diagnostic) {
        return diagnostic.code();
    }

    private static String uri(String file, Path workingDirectory) {
        Path path = Path.of(file);
        if (path.isAbsolute() && path.startsWith(workingDirectory)) path = workingDirectory.relativize(path);
        return path.toString().replace('\\', '/');
    }
}
