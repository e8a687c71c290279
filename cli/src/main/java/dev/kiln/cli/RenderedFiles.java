package dev.kiln.cli;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.render.RenderedFile;
import dev.kiln.compiler.render.Rendering;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes what the render stage made to a directory: {@code kiln render -o DIR} and every command's {@code -keep-rendered DIR}. */
final class RenderedFiles {

    private RenderedFiles() {}

    /** With {@code -keep-rendered DIR} and a configuration that has {@code .j2} files, writes the rendered files there; the problems doing so. */
    static List<Diagnostic> keep(Rendering rendering, ParamOptions options) {
        if (options.keepRendered == null || rendering == Rendering.NONE) return List.of();
        return write(rendering, Path.of(options.keepRendered));
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
            problems.add(CliDiagnostics.CANNOT_CREATE.with(dir).error(String.valueOf(e.getMessage()), null));
            return problems;
        }
        for (RenderedFile file : rendering.rendered()) {
            Path name = Path.of(file.rendered().name()).getFileName();
            Path target = dir.resolve(name.toString());
            Path source = Path.of(file.template().name());
            try {
                // Rendered files beside their templates would be loaded twice (and clash) on the next run.
                if (Files.isSameFile(dir, source.toAbsolutePath().getParent())) {
                    problems.add(CliDiagnostics.REFUSING_TO_WRITE_INTO_THE_CONFIGURATION_DIRECTORY.error(
                            target + " would sit next to its template " + source + "; choose another output directory.",
                            null));
                    continue;
                }
                Files.writeString(target, file.rendered().text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(CliDiagnostics.CANNOT_WRITE.with(target).error(String.valueOf(e.getMessage()), null));
            }
        }
        return problems;
    }
}
