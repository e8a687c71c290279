package dev.kiln.cli;

import dev.kiln.compiler.Compilation;
import dev.kiln.compiler.CompileRequest;
import dev.kiln.compiler.CompileStage;
import dev.kiln.compiler.Compiler;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.render.RenderedFile;
import dev.kiln.compiler.render.Rendering;
import dev.kiln.compiler.schema.PluginSchemas;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** What {@code kiln render} does: compile to {@link CompileStage#RENDER}, then print or write the files, and report problems. */
final class RenderRun {

    private RenderRun() {}

    static int run(String pathName, ParamOptions options, String output, boolean colorFlag, CommandLine command) {
        Compilation compilation = new Compiler(PluginSchemas.none())
                .compile(CompileRequest.of(Path.of(pathName), CompileStage.RENDER)
                        .withParams(options.arguments()));
        List<Diagnostic> diagnostics = new ArrayList<>(compilation.diagnostics());
        if (!compilation.hasErrors()) {
            if (output != null) {
                diagnostics.addAll(RenderedFiles.write(compilation.rendering(), Path.of(output)));
            } else {
                print(compilation.rendering(), command.getOut());
            }
            diagnostics.addAll(RenderedFiles.keep(compilation.rendering(), options));
        }
        boolean colored = ColorChoice.enabled(colorFlag, System.getenv(), ColorChoice.onTerminal());
        new DiagnosticPrinter(command.getErr(), colored).print(diagnostics, compilation.sources());
        return diagnostics.stream().anyMatch(Diagnostic::isError) ? ExitCode.ERROR : ExitCode.OK;
    }

    /** Each file after a comment naming it, so a single rendered file is still valid HCL. */
    private static void print(Rendering rendering, PrintWriter out) {
        for (RenderedFile file : rendering.rendered()) {
            out.println("# " + file.rendered().name() + " (rendered from "
                    + file.template().name() + ")");
            String text = file.rendered().text();
            out.print(text);
            if (!text.endsWith("\n")) out.println();
        }
        out.flush();
    }
}
