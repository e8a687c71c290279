package dev.kiln.cli;

import dev.kiln.compiler.config.ConfigLoader;
import dev.kiln.compiler.config.LoadResult;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.render.RenderedFile;
import dev.kiln.compiler.render.Rendering;
import dev.kiln.compiler.render.SourceMap;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.ParsedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.kiln.compiler.variables.VariableInputs;

/**
 * Loads one configuration path for {@code validate} and {@code inspect}. A configuration with
 * {@code *.j2} templates is rendered first and loaded from the rendered text; its diagnostics are
 * then shown at the lines of the {@code .j2} files. A plain configuration never touches the render
 * stage (or Jinjava).
 */
final class ConfigurationLoading {

    /**
     * The loaded configuration (diagnostics already mapped back), the auto var files rendered
     * from templates (the variable scope reads them with those on disk), the map for later
     * stages' diagnostics, and whether the path was a directory.
     */
    record Loaded(LoadResult load, List<SourceFile> renderedAutoVarFiles, SourceMap sourceMap, boolean directory) {

        /**
         * The user's {@code inputs} for this configuration: with the rendered auto var files, and
         * auto var files at all only when the path is a directory, as Packer reads them.
         */
        VariableInputs inputs(VariableInputs inputs) {
            return inputs.withRenderedAutoVarFiles(renderedAutoVarFiles).withAutoVarFiles(directory);
        }

        /** Later diagnostics (scope, plan) shown at the {@code .j2} lines they come from. */
        List<Diagnostic> remap(List<Diagnostic> diagnostics) {
            return sourceMap.remap(diagnostics);
        }
    }

    private ConfigurationLoading() {}

    static Loaded load(Path path, ParamOptions options, ConfigLoader loader) {
        Diagnostics listing = new Diagnostics();
        List<Path> files = ConfigurationFiles.of(path, listing);
        if (listing.hasErrors() || !ConfigurationFiles.needRendering(files)) {
            return new Loaded(loader.load(path), List.of(), SourceMap.EMPTY, Files.isDirectory(path));
        }
        ConfigurationRender render = ConfigurationRender.of(options);
        List<Diagnostic> diagnostics = new ArrayList<>(render.problems());
        Rendering rendering = render.render(path, files);
        diagnostics.addAll(rendering.diagnostics());
        if (options.keepRendered != null) diagnostics.addAll(ConfigurationRender.write(rendering, Path.of(options.keepRendered)));

        List<SourceFile> configs = rendering.sources().stream()
                .filter(source -> source.name().endsWith(".pkr.hcl") || source.name().endsWith(".pkr.json"))
                .toList();
        List<SourceFile> autoVarFiles = rendering.rendered().stream()
                .map(RenderedFile::rendered)
                .filter(source -> source.name().endsWith(".auto.pkrvars.hcl") || source.name().endsWith(".auto.pkrvars.json"))
                .toList();
        Path root = Files.isDirectory(path) ? path : path.getParent() == null ? Path.of(".") : path.getParent();
        LoadResult load = loader.load(root, configs);
        diagnostics.addAll(rendering.map().remap(load.diagnostics()));

        ParsedFiles sources = load.files();
        rendering.templates().forEach(sources::add);
        render.params().files().forEach(sources::add);
        return new Loaded(new LoadResult(load.template(), sources, diagnostics), autoVarFiles, rendering.map(),
                Files.isDirectory(path));
    }
}
