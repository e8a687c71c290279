package dev.kiln.cli;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.render.ParamSpec;
import dev.kiln.compiler.render.Params;
import dev.kiln.compiler.render.RenderLimits;
import dev.kiln.compiler.render.RenderStage;
import dev.kiln.compiler.render.RenderedFile;
import dev.kiln.compiler.render.Rendering;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the render stage for commands: turns {@link ParamOptions} into {@link Params} once per run,
 * renders one configuration path (a directory or a file) and writes rendered files out on request.
 */
final class ConfigurationRender {

    private final Params params;
    private final List<Diagnostic> problems = new ArrayList<>();

    private ConfigurationRender(Params params, List<Diagnostic> problems) {
        this.params = params;
        this.problems.addAll(problems);
    }

    /** Reads the parameter options; problems with them are in {@link #problems()}. */
    static ConfigurationRender of(ParamOptions options) {
        List<ParamSpec> specs = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (String argument : options.params) specs.add(ParamSpec.params(argument));
        for (String argument : options.param) {
            ParamSpec spec = ParamSpec.param(argument);
            if (spec == null) {
                problems.add(Diagnostic.error("Invalid --param \"" + argument + "\"",
                        "Write --param key.path=value, with a dotted name of letters, digits, _ and - before the =.", null));
            } else {
                specs.add(spec);
            }
        }
        Params params = specs.isEmpty() ? Params.NONE : Params.load(specs);
        problems.addAll(params.diagnostics());
        return new ConfigurationRender(params, problems);
    }

    /** Problems with the parameters themselves. */
    List<Diagnostic> problems() {
        return problems;
    }

    /** The parameters, for showing their files' lines in diagnostics. */
    Params params() {
        return params;
    }

    /** Renders {@code files} of the configuration at {@code path} (a directory, or a file whose directory is the root). */
    Rendering render(Path path, List<Path> files) {
        Path root = Files.isDirectory(path) ? path : path.getParent() == null ? Path.of(".") : path.getParent();
        return RenderStage.run(root, files, params, RenderLimits.DEFAULT);
    }

    /**
     * Writes each rendered file into {@code dir} under its name without {@code .j2}; refuses to
     * write over an input file.
     */
    static List<Diagnostic> write(Rendering rendering, Path dir) {
        List<Diagnostic> problems = new ArrayList<>();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            problems.add(Diagnostic.error("Cannot create " + dir, String.valueOf(e.getMessage()), null));
            return problems;
        }
        for (RenderedFile file : rendering.rendered()) {
            Path name = Path.of(file.rendered().name()).getFileName();
            Path target = dir.resolve(name.toString());
            Path source = Path.of(file.template().name());
            try {
                // Rendered files beside their templates would be loaded twice (and clash) on the next run.
                if (Files.isSameFile(dir, source.toAbsolutePath().getParent())) {
                    problems.add(Diagnostic.error("Refusing to write into the configuration directory",
                            target + " would sit next to its template " + source + "; choose another output directory.", null));
                    continue;
                }
                Files.writeString(target, file.rendered().text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(Diagnostic.error("Cannot write " + target, String.valueOf(e.getMessage()), null));
            }
        }
        return problems;
    }
}
