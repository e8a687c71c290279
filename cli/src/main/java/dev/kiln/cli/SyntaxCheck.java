package dev.kiln.cli;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.render.Rendering;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.compiler.syntax.ParseResult;
import dev.kiln.compiler.syntax.ParsedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * What {@code kiln validate -syntax-only} does: renders and parses the templates of each path (a
 * file, or every {@code *.pkr.hcl} and {@code *.auto.pkrvars.hcl}, and the same names ending in
 * {@code .j2}, directly inside a directory, as Packer loads them) and collects every error, those
 * in rendered output shown at their {@code .j2} lines.
 */
final class SyntaxCheck {

    /** Everything found, in path order and source order within a path, and the files read. */
    record Result(List<Diagnostic> diagnostics, ParsedFiles files) {
        boolean valid() {
            return diagnostics.stream().noneMatch(Diagnostic::isError);
        }
    }

    private SyntaxCheck() {}

    static Result check(List<String> paths) {
        return check(paths, new ParamOptions());
    }

    static Result check(List<String> paths, ParamOptions options) {
        ParsedFiles files = new ParsedFiles();
        Diagnostics diagnostics = new Diagnostics();
        ConfigurationRender render = null;
        for (String name : paths) {
            Path path = Paths.get(name);
            List<Path> inputs = filesOf(path, diagnostics);
            if (inputs.stream().noneMatch(HclFileNames::isJinja)) {
                // The common case reads files directly, so a plain configuration never loads the render stage.
                for (Path file : inputs) parse(file, files, diagnostics);
                continue;
            }
            if (render == null) {
                render = ConfigurationRender.of(options);
                diagnostics.addAll(render.problems());
                render.params().files().forEach(files::add);
                if (render.problems().stream().anyMatch(Diagnostic::isError)) return new Result(diagnostics.list(), files);
            }
            Rendering rendering = render.render(path, inputs);
            rendering.templates().forEach(files::add);
            diagnostics.addAll(rendering.diagnostics());
            if (options.keepRendered != null) diagnostics.addAll(ConfigurationRender.write(rendering, Path.of(options.keepRendered)));
            for (SourceFile source : rendering.sources()) {
                ParseResult result = HclParser.parse(source);
                files.add(result.file());
                diagnostics.addAll(rendering.map().remap(result.diagnostics()));
            }
        }
        return new Result(diagnostics.list(), files);
    }

    private static void parse(Path file, ParsedFiles files, Diagnostics diagnostics) {
        try {
            ParseResult result = HclParser.parse(SourceFile.read(file, file.toString()));
            files.add(result.file());
            diagnostics.addAll(result.diagnostics());
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("Cannot read " + file, e.getMessage(), null));
        }
    }

    private static List<Path> filesOf(Path path, Diagnostics diagnostics) {
        if (!Files.exists(path)) {
            diagnostics.add(Diagnostic.error("Cannot read " + path, "There is no file or directory at " + path + ".", null));
            return List.of();
        }
        if (!Files.isDirectory(path)) return List.of(path);
        List<Path> found;
        try (Stream<Path> list = Files.list(path)) {
            found = list.filter(Files::isRegularFile)
                    .filter(file -> {
                        Path named = HclFileNames.rendered(file);
                        return HclFileNames.isTemplate(named) || HclFileNames.isAutoVarFile(named);
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("Cannot read " + path, e.getMessage(), null));
            return List.of();
        }
        if (found.isEmpty()) {
            diagnostics.add(Diagnostic.error("Could not find any config file in " + path,
                    "A config file must be suffixed with `.pkr.hcl` or `.pkr.json`. A folder can be referenced using a path to it.",
                    null));
        }
        return found;
    }
}
