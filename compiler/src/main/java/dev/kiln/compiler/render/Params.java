package dev.kiln.compiler.render;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.source.SourceFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merged parameters templates see as {@code params}, the parameter files read (for showing
 * their lines in diagnostics) and the problems found reading them.
 *
 * <p>Files are applied in the order given, then single values; later ones win. Objects merge
 * deeply, key by key; anything else replaces what was there.
 */
public record Params(Map<String, Object> values, List<SourceFile> files, List<Diagnostic> diagnostics) {

    /** No parameters. */
    public static final Params NONE = new Params(Map.of(), List.of(), List.of());

    public Params {
        values = Collections.unmodifiableMap(values);
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether reading the parameters found an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Reads and merges {@code specs}: every {@link ParamSpec.File} in order, then every {@link ParamSpec.Value}. */
    public static Params load(List<ParamSpec> specs) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<SourceFile> files = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (ParamSpec spec : specs) {
            if (!(spec instanceof ParamSpec.File file)) continue;
            SourceFile source;
            try {
                source = SourceFile.read(file.file(), file.file().toString());
            } catch (IOException e) {
                diagnostics.add(RenderDiagnostics.CANNOT_READ_PARAMETER_FILE
                        .with(file.file())
                        .error("There is no readable file at " + file.file() + " (" + e.getMessage() + ").", null));
                continue;
            }
            files.add(source);
            ParamsJson.Result parsed = ParamsJson.parse(source);
            if (parsed.error() != null) {
                diagnostics.add(parsed.error());
                continue;
            }
            if (file.under().isEmpty()) {
                if (!(parsed.value() instanceof Map<?, ?> map)) {
                    diagnostics.add(RenderDiagnostics.PARAMETER_FILE_IS_NOT_AN_OBJECT.error(
                            "A file given as --params FILE must hold a JSON object; its keys become params.KEY."
                                    + " Use --params NAME=FILE to put any other value under params.NAME.",
                            source.range(0, Math.min(1, source.text().length()))));
                    continue;
                }
                merge(root, map);
            } else {
                put(root, file.under(), parsed.value());
            }
        }
        for (ParamSpec spec : specs) {
            if (spec instanceof ParamSpec.Value value) put(root, value.path(), value.value());
        }
        return new Params(root, files, diagnostics);
    }

    /** Sets {@code path} in {@code root}, making objects on the way; an object value merges into an object there. */
    private static void put(Map<String, Object> root, List<String> path, Object value) {
        Map<String, Object> at = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object next = at.get(path.get(i));
            if (!(next instanceof Map<?, ?>)) {
                next = new LinkedHashMap<String, Object>();
                at.put(path.get(i), next);
            }
            at = asMap(next);
        }
        String last = path.get(path.size() - 1);
        if (value instanceof Map<?, ?> map && at.get(last) instanceof Map<?, ?> existing) {
            merge(asMap(existing), map);
        } else {
            at.put(last, copy(value));
        }
    }

    private static void merge(Map<String, Object> into, Map<?, ?> from) {
        for (Map.Entry<?, ?> entry : from.entrySet()) {
            String key = String.valueOf(entry.getKey());
            Object existing = into.get(key);
            if (existing instanceof Map<?, ?> old && entry.getValue() instanceof Map<?, ?> update) {
                merge(asMap(old), update);
            } else {
                into.put(key, copy(entry.getValue()));
            }
        }
    }

    /** A mutable copy of nested maps, so merging later files never changes an earlier file's value. */
    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            merge(out, map);
            return out;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object map) {
        return (Map<String, Object>) map;
    }
}
