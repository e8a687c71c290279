package dev.kiln.cli;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.render.RenderedFile;
import dev.kiln.compiler.render.Rendering;
import dev.kiln.compiler.syntax.ParsedFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/** What {@code kiln render} does: render, then print or write the files, and report problems. */
final class RenderRun {

    private RenderRun() {}

    static int run(String pathName, ParamOptions options, String output, boolean colorFlag, CommandLine command) {
        Path path = Path.of(pathName);
        List<Diagnostic> diagnostics = new ArrayList<>();
        ParsedFiles lookup = new ParsedFiles();
        List<Path> inputs = inputs(path, diagnostics);
        Rendering rendering = null;
        if (!inputs.isEmpty()) {
            ConfigurationRender render = ConfigurationRender.of(options);
            diagnostics.addAll(render.problems());
            render.params().files().forEach(lookup::add);
            if (render.problems().stream().noneMatch(Diagnostic::isError)) {
                rendering = render.render(path, inputs);
                rendering.templates().forEach(lookup::add);
                diagnostics.addAll(rendering.diagnostics());
            }
        }
        boolean ok = rendering != null && !rendering.hasErrors() && diagnostics.stream().noneMatch(Diagnostic::isError);
        if (ok) {
            if (output != null) {
                diagnostics.addAll(ConfigurationRender.write(rendering, Path.of(output)));
            } else {
                print(rendering, command.getOut());
            }
            if (options.keepRendered != null) diagnostics.addAll(ConfigurationRender.write(rendering, Path.of(options.keepRendered)));
        }
        boolean colored = ColorChoice.enabled(colorFlag, System.getenv(), ColorChoice.onTerminal());
        new DiagnosticPrinter(command.getErr(), colored).print(diagnostics, lookup);
        return diagnostics.stream().anyMatch(Diagnostic::isError) ? ExitCode.ERROR : ExitCode.OK;
    }

    /** Each file after a comment naming it, so a single rendered file is still valid HCL. */
    private static void print(Rendering rendering, PrintWriter out) {
        for (RenderedFile file : rendering.rendered()) {
            out.println("# " + file.rendered().name() + " (rendered from " + file.template().name() + ")");
            String text = file.rendered().text();
            out.print(text);
            if (!text.endsWith("\n")) out.println();
        }
        out.flush();
    }

    private static List<Path> inputs(Path path, List<Diagnostic> diagnostics) {
        if (!Files.exists(path)) {
            diagnostics.add(Diagnostic.error("Cannot read " + path, "There is no file or directory at " + path + ".", null));
            return List.of();
        }
        if (!Files.isDirectory(path)) {
            if (HclFileNames.isJinja(path)) return List.of(path);
            diagnostics.add(Diagnostic.error("Not a template to render", path + " does not end in .j2; kiln renders only *.j2 files.", null));
            return List.of();
        }
        try (Stream<Path> list = Files.list(path)) {
            List<Path> found = list.filter(Files::isRegularFile).filter(HclFileNames::isRenderable).sorted().toList();
            if (found.isEmpty()) {
                diagnostics.add(Diagnostic.error("No templates to render in " + path,
                        "kiln renders *.pkr.hcl.j2, *.pkr.json.j2, *.pkrvars.hcl.j2 and *.pkrvars.json.j2 files.", null));
            }
            return found;
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("Cannot read " + path, String.valueOf(e.getMessage()), null));
            return List.of();
        }
    }
}
