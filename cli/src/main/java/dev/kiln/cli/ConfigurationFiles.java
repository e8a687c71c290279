package dev.kiln.cli;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of one configuration path as commands read them: the path itself, or every template
 * ({@code *.pkr.hcl}) and auto-loaded variable file ({@code *.auto.pkrvars.hcl}) directly inside a
 * directory, each also as a {@code .j2} template to render.
 */
final class ConfigurationFiles {

    private ConfigurationFiles() {}

    static List<Path> of(Path path, Diagnostics diagnostics) {
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
                        return HclFileNames.isTemplate(named) || HclFileNames.isAutoVarFile(named)
                                || named.getFileName().toString().endsWith(".pkr.json");
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

    /** Whether any of {@code files} is a Jinja template that must be rendered first. */
    static boolean needRendering(List<Path> files) {
        return files.stream().anyMatch(HclFileNames::isJinja);
    }
}
