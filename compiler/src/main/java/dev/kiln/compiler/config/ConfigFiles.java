package dev.kiln.compiler.config;

import dev.kiln.compiler.decode.ConfigBody;
import dev.kiln.compiler.decode.JsonBody;
import dev.kiln.compiler.decode.NativeBody;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.json.JsonExpressions;
import dev.kiln.compiler.json.JsonParseResult;
import dev.kiln.compiler.json.JsonParser;
import dev.kiln.compiler.source.ConfigFileNames;
import dev.kiln.compiler.source.Documents;
import dev.kiln.compiler.source.InvalidEncodingException;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.EncodingErrors;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.compiler.syntax.ParseResult;
import dev.kiln.compiler.syntax.ParsedFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds, reads and parses the files of a configuration, the one place that knows which files a
 * path stands for: the path itself, or the config and auto var files directly in a directory.
 */
public final class ConfigFiles {

    private ConfigFiles() {}

    /** A parsed file's body, ready for decoding. */
    public record LoadedFile(SourceFile source, ConfigBody body) {}

    /**
     * The files of the configuration at {@code path}: the path itself when it is a file, else, in
     * Packer's order, every {@code *.pkr.hcl} file directly in the directory (lexical), every
     * {@code *.pkr.json} file, every {@code *.auto.pkrvars.hcl} and {@code *.auto.pkrvars.json}
     * file, each also as a {@code .j2} template to render. Subdirectories are not searched. A
     * missing path or a directory without config files is an error in {@code diagnostics}.
     */
    public static List<Path> configuration(Path path, Documents documents, Diagnostics diagnostics) {
        List<Path> names = list(path, documents, diagnostics);
        if (names == null) return List.of(path);
        List<Path> ordered = new ArrayList<>();
        for (Predicate<Path> kind : List.<Predicate<Path>>of(
                ConfigFileNames::isHclConfig, ConfigFileNames::isJsonConfig, ConfigFileNames::isAutoVarFile)) {
            for (Path p : names) if (kind.test(ConfigFileNames.rendered(p))) ordered.add(p);
        }
        if (ordered.stream().noneMatch(p -> ConfigFileNames.isConfig(ConfigFileNames.rendered(p)))) {
            diagnostics.add(ConfigDiagnostics.NO_CONFIG_FILES
                    .with(path)
                    .error(
                            "A config file must be suffixed with `.pkr.hcl` or `.pkr.json`. A folder can be referenced"
                                    + " using a path to it.",
                            null));
            return List.of();
        }
        return ordered;
    }

    /**
     * What {@code kiln render} renders at {@code path}: a {@code .j2} file, or every config and var
     * file template ({@link ConfigFileNames#isRenderable}) directly in a directory.
     */
    public static List<Path> renderable(Path path, Documents documents, Diagnostics diagnostics) {
        List<Path> names = list(path, documents, diagnostics);
        if (names == null) {
            if (ConfigFileNames.isJinja(path)) return List.of(path);
            diagnostics.add(ConfigDiagnostics.NOT_A_TEMPLATE_TO_RENDER.error(
                    path + " does not end in .j2; kiln renders only *.j2 files.", null));
            return List.of();
        }
        List<Path> found = names.stream().filter(ConfigFileNames::isRenderable).toList();
        if (found.isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.add(ConfigDiagnostics.NO_TEMPLATES_TO_RENDER
                    .with(path)
                    .error(
                            "kiln renders *.pkr.hcl.j2, *.pkr.json.j2, *.pkrvars.hcl.j2 and *.pkrvars.json.j2 files.",
                            null));
        }
        return found;
    }

    /** The directory a configuration path stands for: itself, or the directory of the file. */
    public static Path root(Path path, Documents documents) {
        if (documents.isDirectory(path)) return path;
        return path.getParent() == null ? Path.of(".") : path.getParent();
    }

    /** The regular files in directory {@code path}; null when {@code path} is a file; empty after an error. */
    private static List<Path> list(Path path, Documents documents, Diagnostics diagnostics) {
        if (!documents.exists(path)) {
            diagnostics.add(ConfigDiagnostics.CANNOT_READ
                    .with(path)
                    .error("There is no file or directory at " + path + ".", null));
            return List.of();
        }
        if (!documents.isDirectory(path)) return null;
        try {
            return documents.list(path);
        } catch (IOException e) {
            diagnostics.add(ConfigDiagnostics.CANNOT_READ.with(path).error(String.valueOf(e.getMessage()), null));
            return List.of();
        }
    }

    /**
     * Reads {@code files} through {@code documents}; a file that cannot be read is an error in
     * {@code diagnostics}, and the text of one that is not UTF-8 goes to {@code unreadable} so the
     * errors can quote its lines.
     */
    public static List<SourceFile> read(
            List<Path> files, Documents documents, ParsedFiles unreadable, Diagnostics diagnostics) {
        List<SourceFile> read = new ArrayList<>();
        for (Path file : files) {
            try {
                read.add(documents.read(file, file.toString()));
            } catch (InvalidEncodingException e) {
                EncodingErrors.report(e, unreadable, diagnostics);
            } catch (IOException e) {
                diagnostics.add(ConfigDiagnostics.CANNOT_READ.with(file).error(String.valueOf(e.getMessage()), null));
            }
        }
        return read;
    }

    /**
     * Parses one file by its suffix ({@code .pkr.json} and {@code .pkrvars.json} are JSON, anything
     * else native syntax); its text goes to {@code files}, syntax errors to {@code diagnostics}.
     * Null when the file has syntax errors.
     */
    public static LoadedFile parse(SourceFile source, ParsedFiles files, Diagnostics diagnostics) {
        if (ConfigFileNames.isJson(Path.of(source.name()))) {
            files.add(source);
            JsonParseResult json = JsonParser.parse(source);
            diagnostics.addAll(json.diagnostics());
            return json.hasErrors()
                    ? null
                    : new LoadedFile(source, JsonBody.of(json.root(), new JsonExpressions(source)));
        }
        ParseResult result = HclParser.parse(source);
        files.add(result.file());
        diagnostics.addAll(result.diagnostics());
        return result.hasErrors()
                ? null
                : new LoadedFile(source, NativeBody.of(result.file().body()));
    }
}
