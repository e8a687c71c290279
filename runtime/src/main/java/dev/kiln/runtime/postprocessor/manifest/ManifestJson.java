package dev.kiln.runtime.postprocessor.manifest;

import dev.kiln.stdlib.json.JsonDecoding;
import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.TupleValue;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The manifest file's JSON exactly as Go's {@code json.MarshalIndent(file, "", "  ")} writes it
 * (field order, {@code null}s, HTML-safe escapes, no trailing newline), and reading it back the way
 * Go's {@code json.Unmarshal} does (unknown fields dropped, missing ones zero).
 */
public final class ManifestJson {

    private ManifestJson() {}

    /** The manifest: every build so far and the UUID of the run that wrote last. */
    public record Manifest(List<ManifestEntry> builds, String lastRunUuid) {}

    /** The file's text. */
    public static String write(Manifest manifest) {
        StringBuilder out = new StringBuilder("{\n  \"builds\": ");
        if (manifest.builds() == null) {
            out.append("null");
        } else if (manifest.builds().isEmpty()) {
            out.append("[]");
        } else {
            out.append("[\n");
            for (int i = 0; i < manifest.builds().size(); i++) {
                writeEntry(out, manifest.builds().get(i));
                out.append(i + 1 < manifest.builds().size() ? ",\n" : "\n");
            }
            out.append("  ]");
        }
        out.append(",\n  \"last_run_uuid\": ")
                .append(quote(manifest.lastRunUuid()))
                .append("\n}");
        return out.toString();
    }

    private static void writeEntry(StringBuilder out, ManifestEntry e) {
        String in = "      ";
        out.append("    {\n");
        out.append(in).append("\"name\": ").append(quote(e.name())).append(",\n");
        out.append(in)
                .append("\"builder_type\": ")
                .append(quote(e.builderType()))
                .append(",\n");
        if (e.buildTime() != 0)
            out.append(in).append("\"build_time\": ").append(e.buildTime()).append(",\n");
        out.append(in).append("\"files\": ");
        if (e.files() == null) {
            out.append("null");
        } else if (e.files().isEmpty()) {
            out.append("[]");
        } else {
            out.append("[\n");
            for (int i = 0; i < e.files().size(); i++) {
                ManifestEntry.File f = e.files().get(i);
                out.append(in)
                        .append("  {\n")
                        .append(in)
                        .append("    \"name\": ")
                        .append(quote(f.name()))
                        .append(",\n")
                        .append(in)
                        .append("    \"size\": ")
                        .append(f.size())
                        .append('\n')
                        .append(in)
                        .append("  }")
                        .append(i + 1 < e.files().size() ? ",\n" : "\n");
            }
            out.append(in).append(']');
        }
        out.append(",\n");
        out.append(in).append("\"artifact_id\": ").append(quote(e.artifactId())).append(",\n");
        out.append(in)
                .append("\"packer_run_uuid\": ")
                .append(quote(e.packerRunUuid()))
                .append(",\n");
        out.append(in).append("\"custom_data\": ");
        if (e.customData() == null) {
            out.append("null");
        } else if (e.customData().isEmpty()) {
            out.append("{}");
        } else {
            out.append("{\n");
            var entries = new ArrayList<>(new TreeMap<>(e.customData()).entrySet());
            for (int i = 0; i < entries.size(); i++) {
                out.append(in)
                        .append("  ")
                        .append(quote(entries.get(i).getKey()))
                        .append(": ")
                        .append(quote(entries.get(i).getValue()))
                        .append(i + 1 < entries.size() ? ",\n" : "\n");
            }
            out.append(in).append('}');
        }
        out.append("\n    }");
    }

    /** Go's string encoding with {@code SetEscapeHTML(true)}, its default. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    /** Reads a manifest; throws with the decoder's message when the text is not JSON of the right shape. */
    public static Manifest read(String text) {
        JsonDecoding.Result result = JsonDecoding.decode(text);
        if (result instanceof JsonDecoding.Result.Invalid invalid)
            throw new IllegalArgumentException(invalid.message());
        Value root = ((JsonDecoding.Result.Decoded) result).value();
        if (!(root instanceof ObjectValue o))
            throw new IllegalArgumentException("json: cannot unmarshal into Go value of type manifest.ManifestFile");
        List<ManifestEntry> builds = new ArrayList<>();
        for (Value b : elements(attribute(o, "builds"))) {
            if (!(b instanceof ObjectValue entry)) continue;
            List<ManifestEntry.File> files = null;
            Value filesValue = attribute(entry, "files");
            if (filesValue instanceof TupleValue t) {
                files = new ArrayList<>();
                for (Value f : t.elements()) {
                    if (f instanceof ObjectValue fo)
                        files.add(new ManifestEntry.File(string(attribute(fo, "name")), number(attribute(fo, "size"))));
                }
            }
            Map<String, String> custom = null;
            if (attribute(entry, "custom_data") instanceof ObjectValue co) {
                custom = new TreeMap<>();
                for (var kv : co.attributes().entrySet()) custom.put(kv.getKey(), string(kv.getValue()));
            }
            builds.add(new ManifestEntry(
                    string(attribute(entry, "name")),
                    string(attribute(entry, "builder_type")),
                    number(attribute(entry, "build_time")),
                    files,
                    string(attribute(entry, "artifact_id")),
                    string(attribute(entry, "packer_run_uuid")),
                    custom));
        }
        return new Manifest(builds, string(attribute(o, "last_run_uuid")));
    }

    private static Value attribute(ObjectValue o, String name) {
        return o.attributes().get(name);
    }

    private static List<Value> elements(Value v) {
        return v instanceof TupleValue t ? t.elements() : List.of();
    }

    private static String string(Value v) {
        return v instanceof StringValue s ? s.value() : "";
    }

    private static long number(Value v) {
        return v instanceof NumberValue n ? n.value().longValue() : 0;
    }
}
