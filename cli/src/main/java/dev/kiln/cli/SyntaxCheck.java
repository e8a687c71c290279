package dev.kiln.cli;

import dev.kiln.compiler.config.ConfigFiles;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.render.Rendering;
import dev.kiln.compiler.source.InvalidEncodingException;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.EncodingErrors;
import dev.kiln.compiler.syntax.ParsedFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * What {@code kiln validate -syntax-only} does: renders and parses the templates of each path (a
 * file, or every {@code *.pkr.hcl}, {@code *.pkr.json} and {@code *.auto.pkrvars.hcl}, and the
 * same names ending in {@code .j2}, directly inside a directory, as Packer loads them) and
 * collects every error, those in rendered output shown at their {@code .j2} lines.
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
            List<Path> inputs = ConfigurationFiles.of(path, diagnostics);
            if (!ConfigurationFiles.needRendering(inputs)) {
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
                Diagnostics parsed = new Diagnostics();
                ConfigFiles.parse(source, files, parsed);
                diagnostics.addAll(rendering.map().remap(parsed.list()));
            }
        }
        return new Result(diagnostics.list(), files);
    }

    /** Parses one file as its name says: {@code *.pkr.json} as HCL's JSON syntax, the rest as native syntax. */
    private static void parse(Path file, ParsedFiles files, Diagnostics diagnostics) {
        try {
            ConfigFiles.parse(SourceFile.read(file, file.toString()), files, diagnostics);
        } catch (InvalidEncodingException e) {
            EncodingErrors.report(e, files, diagnostics);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("Cannot read " + file, e.getMessage(), null));
        }
    }
}
