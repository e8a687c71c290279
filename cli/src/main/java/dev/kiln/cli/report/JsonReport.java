package dev.kiln.cli.report;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.source.SourcePos;
import dev.kiln.compiler.source.SourceRange;
import java.util.List;

/**
 * Diagnostics as a JSON array, one object each:
 * {@code {"severity": "error", "code": "decode.unsupported-argument", "summary": ..., "detail": ..., "range": {"filename": ...,
 * "start": {"line", "column", "offset"}, "end": {...}}, "context": <range or null>}}. Lines and
 * columns are 1-based (columns in code points), offsets 0-based in UTF-16 code units; {@code
 * range} is null for a diagnostic about the command line rather than a file. The codes are listed
 * in docs/diagnostics.md.
 */
public final class JsonReport {

    private JsonReport() {}

    /** The report of {@code diagnostics}, pretty-printed, ending with a newline. */
    public static String of(List<Diagnostic> diagnostics) {
        JsonWriter json = new JsonWriter(true).beginArray();
        for (Diagnostic diagnostic : diagnostics) {
            json.beginObject()
                    .name("severity")
                    .value(diagnostic.isError() ? "error" : "warning")
                    .name("code")
                    .value(diagnostic.code())
                    .name("summary")
                    .value(diagnostic.summary())
                    .name("detail")
                    .value(diagnostic.detail());
            json.name("range");
            range(json, diagnostic.subject());
            json.name("context");
            range(json, diagnostic.context());
            json.endObject();
        }
        return json.endArray() + "\n";
    }

    private static void range(JsonWriter json, SourceRange range) {
        if (range == null) {
            json.nullValue();
            return;
        }
        json.beginObject().name("filename").value(range.file());
        json.name("start");
        position(json, range.start());
        json.name("end");
        position(json, range.end());
        json.endObject();
    }

    private static void position(JsonWriter json, SourcePos pos) {
        json.beginObject()
                .name("line")
                .value(pos.line())
                .name("column")
                .value(pos.column())
                .name("offset")
                .value(pos.offset())
                .endObject();
    }
}
