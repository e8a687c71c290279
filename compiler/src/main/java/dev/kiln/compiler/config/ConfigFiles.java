package dev.kiln.compiler.config;

import dev.kiln.compiler.decode.ConfigBody;
import dev.kiln.compiler.decode.JsonBody;
import dev.kiln.compiler.decode.NativeBody;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.json.JsonExpressions;
import dev.kiln.compiler.json.JsonParseResult;
import dev.kiln.compiler.json.JsonParser;
import dev.kiln.compiler.source.InvalidEncodingException;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.EncodingErrors;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.compiler.syntax.ParseResult;
import dev.kiln.compiler.syntax.ParsedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds, reads and parses the files of a configuration: a file, or every config file directly in a directory. */
public final class ConfigFiles {

    /** Native syntax config files. */
    public static final String HCL_SUFFIX = ".pkr.hcl";
    /** JSON syntax config files. */
    public static final String JSON_SUFFIX = ".pkr.json";

    private ConfigFiles() {}

    /** A parsed file's body, ready for decoding. */
    public record LoadedFile(SourceFile source, ConfigBody body) {}

    /**
     * The files of {@code path} in Packer's order: for a directory every regular {@code *.pkr.hcl}
     * file in lexical order, then every {@code *.pkr.json} file; subdirectories are not searched.
     */
    public static List<Path> find(Path path) throws IOException {
        if (!Files.isDirectory(path)) return List.of(path);
        List<Path> names;
        try (Stream<Path> list = Files.list(path)) {
            names = list.filter(Files::isRegularFile).sorted().toList();
        }
        List<Path> ordered = new ArrayList<>();
        for (Path p : names) if (p.getFileName().toString().endsWith(HCL_SUFFIX)) ordered.add(p);
        for (Path p : names) if (p.getFileName().toString().endsWith(JSON_SUFFIX)) ordered.add(p);
        return ordered;
    }

    /** Reads and parses {@code path}; syntax errors go to {@code diagnostics}, the text to {@code files}. */
    public static List<LoadedFile> load(Path path, ParsedFiles files, Diagnostics diagnostics) {
        List<Path> found;
        try {
            found = find(path);
        } catch (IOException e) {
            diagnostics.add(new Diagnostic(dev.kiln.compiler.diag.Severity.ERROR, "Failed to read directory " + path,
                    String.valueOf(e.getMessage()), null, null));
            return List.of();
        }
        if (found.isEmpty()) {
            diagnostics.add(new Diagnostic(dev.kiln.compiler.diag.Severity.ERROR, "Could not find any config file in " + path,
                    "A config file must be suffixed with `.pkr.hcl` or `.pkr.json`. A folder can be referenced.", null, null));
            return List.of();
        }
        List<LoadedFile> loaded = new ArrayList<>();
        for (Path file : found) {
            SourceFile source;
            try {
                source = SourceFile.read(file, file.toString());
            } catch (InvalidEncodingException e) {
                EncodingErrors.report(e, files, diagnostics);
                continue;
            } catch (IOException e) {
                diagnostics.add(new Diagnostic(dev.kiln.compiler.diag.Severity.ERROR, "Failed to read file " + file,
                        String.valueOf(e.getMessage()), null, null));
                continue;
            }
            LoadedFile parsed = parse(source, files, diagnostics);
            if (parsed != null) loaded.add(parsed);
        }
        return loaded;
    }

    /** Parses one file by its suffix ({@code .pkr.json} is JSON, anything else native syntax). */
    public static LoadedFile parse(SourceFile source, ParsedFiles files, Diagnostics diagnostics) {
        if (source.name().endsWith(JSON_SUFFIX)) {
            files.add(source);
            JsonParseResult json = JsonParser.parse(source);
            diagnostics.addAll(json.diagnostics());
            return json.hasErrors() ? null : new LoadedFile(source, JsonBody.of(json.root(), new JsonExpressions(source)));
        }
        ParseResult result = HclParser.parse(source);
        files.add(result.file());
        diagnostics.addAll(result.diagnostics());
        return result.hasErrors() ? null : new LoadedFile(source, NativeBody.of(result.file().body()));
    }
}
