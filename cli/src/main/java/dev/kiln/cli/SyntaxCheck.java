package dev.kiln.cli;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
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
 * What {@code kiln validate -syntax-only} does: parses the templates of each path (a file, or
 * every {@code *.pkr.hcl} and {@code *.auto.pkrvars.hcl} directly inside a directory, as Packer
 * loads them) and collects every syntax error.
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
        ParsedFiles files = new ParsedFiles();
        Diagnostics diagnostics = new Diagnostics();
        for (String name : paths) {
            for (Path file : filesOf(Paths.get(name), diagnostics)) {
                try {
                    ParseResult result = HclParser.parse(SourceFile.read(file, file.toString()));
                    files.add(result.file());
                    diagnostics.addAll(result.diagnostics());
                } catch (IOException e) {
                    diagnostics.add(Diagnostic.error("Cannot read " + file, e.getMessage(), null));
                }
            }
        }
        return new Result(diagnostics.list(), files);
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
                    .filter(file -> HclFileNames.isTemplate(file) || HclFileNames.isAutoVarFile(file))
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
