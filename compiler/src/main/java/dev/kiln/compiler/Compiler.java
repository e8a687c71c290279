package dev.kiln.compiler;

import dev.kiln.compiler.config.ConfigFiles;
import dev.kiln.compiler.config.ConfigLoader;
import dev.kiln.compiler.config.LoadResult;
import dev.kiln.compiler.config.Template;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.legacy.LegacyTemplates;
import dev.kiln.compiler.plan.BuildSelection;
import dev.kiln.compiler.plan.Plan;
import dev.kiln.compiler.plan.PlanResult;
import dev.kiln.compiler.plan.Planner;
import dev.kiln.compiler.render.Params;
import dev.kiln.compiler.render.RenderLimits;
import dev.kiln.compiler.render.RenderStage;
import dev.kiln.compiler.render.Rendering;
import dev.kiln.compiler.schema.PluginSchemas;
import dev.kiln.compiler.source.ConfigFileNames;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.ParsedFiles;
import dev.kiln.compiler.syntax.SourceSet;
import dev.kiln.compiler.variables.DeclarationResult;
import dev.kiln.compiler.variables.ScopeResult;
import dev.kiln.compiler.variables.TemplateScope;
import dev.kiln.compiler.variables.VariableInputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The compiler's one entry point: finds a configuration's files, renders the {@code .j2} ones,
 * parses and decodes them, evaluates the scope and makes the Plan, as far as the request's
 * {@link CompileStage} says. Each stage runs even after errors in an earlier one (values it cannot
 * compute are unknown), so one run reports every problem; only files that cannot be read or
 * parsed leave nothing to plan. Never throws on bad input.
 */
public final class Compiler {

    private final PluginSchemas plugins;

    /** A compiler that decodes and checks plugin bodies with {@code plugins}. */
    public Compiler(PluginSchemas plugins) {
        this.plugins = plugins;
    }

    /** Compiles {@code request}. */
    public Compilation compile(CompileRequest request) {
        Diagnostics reading = new Diagnostics();
        Path path = request.path();
        Path root = ConfigFiles.root(path, request.documents());
        List<Path> files = request.stage() == CompileStage.RENDER
                ? ConfigFiles.renderable(path, request.documents(), reading)
                : ConfigFiles.configuration(path, request.documents(), reading);
        ParsedFiles unreadable = new ParsedFiles();
        List<SourceFile> read = ConfigFiles.read(files, request.documents(), unreadable, reading);

        Diagnostics rendering = new Diagnostics();
        Rendering rendered = Rendering.NONE;
        List<SourceFile> inputs = read;
        SourceSet paramFiles = SourceSet.EMPTY;
        // A plain configuration never reads its parameters nor loads the render stage's Jinjava.
        if (read.stream().anyMatch(file -> ConfigFileNames.isJinja(Path.of(file.name())))) {
            Params params = request.params().load();
            rendering.addAll(params.diagnostics());
            paramFiles = SourceSet.of(params.files());
            if (params.hasErrors()) {
                inputs = List.of(); // rendering with broken parameters would only report their consequences
            } else {
                rendered = RenderStage.render(root, read, params, RenderLimits.DEFAULT);
                rendering.addAll(rendered.diagnostics());
                inputs = rendered.sources();
            }
        }
        SourceSet templates =
                SourceSet.union(List.of(paramFiles, SourceSet.of(rendered.templates()), unreadable.snapshot()));
        return switch (request.stage()) {
            case RENDER -> {
                List<Diagnostic> all = concat(reading.list(), rendering.list());
                yield new Compilation(
                        rendered, Template.empty(rootName(root)), Optional.empty(), emptyPlan(), templates, all, all);
            }
            case PARSE -> parse(request, rendered, inputs, templates, reading, rendering, root);
            case DECODE, SCOPE, PLAN -> evaluate(request, rendered, inputs, templates, reading, rendering, root);
        };
    }

    /** {@code validate -parse-only}: every file parsed, diagnostics in file order. */
    private static Compilation parse(
            CompileRequest request,
            Rendering rendered,
            List<SourceFile> inputs,
            SourceSet templates,
            Diagnostics reading,
            Diagnostics rendering,
            Path root) {
        if (isLegacy(request, inputs)) {
            LoadResult legacy = LegacyTemplates.parse(root, inputs.get(0), startSeconds(request));
            return new Compilation(
                    rendered,
                    legacy.template(),
                    Optional.empty(),
                    emptyPlan(),
                    SourceSet.union(List.of(templates, legacy.files())),
                    legacy.diagnostics(),
                    legacy.diagnostics());
        }
        ParsedFiles files = new ParsedFiles();
        Diagnostics parsing = new Diagnostics();
        for (SourceFile source : inputs) ConfigFiles.parse(source, files, parsing);
        List<Diagnostic> load =
                concat(concat(reading.list(), rendering.list()), rendered.map().remap(parsing.list()));
        return new Compilation(
                rendered,
                Template.empty(rootName(root)),
                Optional.empty(),
                emptyPlan(),
                SourceSet.union(List.of(templates, files.snapshot())),
                load,
                load);
    }

    private Compilation evaluate(
            CompileRequest request,
            Rendering rendered,
            List<SourceFile> inputs,
            SourceSet templates,
            Diagnostics reading,
            Diagnostics rendering,
            Path root) {
        List<SourceFile> configs = new ArrayList<>();
        List<SourceFile> autoVarFiles = new ArrayList<>();
        for (SourceFile source : inputs) {
            (ConfigFileNames.isAutoVarFile(Path.of(source.name())) ? autoVarFiles : configs).add(source);
        }
        // Files that were not found or read, or parameters that could not be, leave an empty template.
        boolean plain = rendered == Rendering.NONE;
        List<Diagnostic> missing = plain ? concat(reading.list(), rendering.list()) : reading.list();
        boolean declarationsOnly = request.stage() == CompileStage.DECODE;
        LoadResult load;
        if (isLegacy(request, configs)) {
            load = declarationsOnly
                    ? LegacyTemplates.parse(root, configs.get(0), startSeconds(request))
                    : LegacyTemplates.load(plugins, root, configs.get(0), startSeconds(request));
        } else {
            ConfigLoader loader = new ConfigLoader(plugins);
            load = declarationsOnly ? loader.declarations(root, configs, missing) : loader.load(root, configs, missing);
        }
        List<Diagnostic> loadDiagnostics = plain
                ? load.diagnostics()
                : concat(rendering.list(), rendered.map().remap(load.diagnostics()));
        // Packer reads auto var files only when the path is a directory.
        VariableInputs variables = request.documents().isDirectory(request.path())
                ? request.variables().withAutoVarFiles(autoVarFiles)
                : request.variables().withoutAutoVarFiles();
        // Files that could not be read or parsed (or a too-new required_version) leave an empty template.
        boolean unreadable = load.hasErrors()
                && load.template().equals(Template.empty(load.template().rootDirectory()));
        if (request.stage() == CompileStage.DECODE)
            return declarations(rendered, templates, load, loadDiagnostics, variables, unreadable);
        ScopeResult scope = TemplateScope.evaluate(load.template(), variables, request.scope());
        Diagnostics all = new Diagnostics();
        all.addAll(loadDiagnostics);
        all.addAll(scope.diagnostics());
        PlanResult plan = emptyPlan();
        if (request.stage() == CompileStage.PLAN) {
            Diagnostics patterns = new Diagnostics();
            BuildSelection selection = BuildSelection.of(request.only(), request.except(), patterns);
            all.addAll(patterns);
            // Planning an empty template would only add "Missing build block".
            if (!unreadable && !patterns.hasErrors())
                plan = new Planner(plugins).plan(load.template(), scope.context(), selection);
            all.addAll(plan.diagnostics());
        }
        SourceSet sources = SourceSet.union(List.of(templates, load.files(), scope.files()));
        // The same problem found twice (a file loaded and planned, a part shared by builds) is one problem.
        List<Diagnostic> once = List.copyOf(new java.util.LinkedHashSet<>(all.sorted()));
        return new Compilation(
                rendered,
                load.template(),
                Optional.of(scope),
                plan,
                sources,
                loadDiagnostics,
                rendered.map().remap(once));
    }

    /** A legacy JSON template ({@code packer.json}) that was read: it is compiled by {@link LegacyTemplates}. */
    private static boolean isLegacy(CompileRequest request, List<SourceFile> read) {
        return read.size() == 1 && LegacyTemplates.isLegacy(request.path(), request.documents());
    }

    /** Packer's start time, which legacy {@code {{timestamp}}} gives in Unix seconds. */
    private static long startSeconds(CompileRequest request) {
        return request.scope().functions().startTime().getEpochSecond();
    }

    /**
     * {@code validate -syntax-only}: what Packer's {@code Parse} checks, the declarations and the
     * values given for the variables; as in Packer, files that cannot be read or parsed stop it.
     */
    private static Compilation declarations(
            Rendering rendered,
            SourceSet templates,
            LoadResult load,
            List<Diagnostic> loadDiagnostics,
            VariableInputs variables,
            boolean unreadable) {
        Diagnostics all = new Diagnostics();
        all.addAll(loadDiagnostics);
        SourceSet varFiles = SourceSet.EMPTY;
        if (!unreadable) {
            DeclarationResult declared = TemplateScope.declarations(load.template(), variables);
            all.addAll(declared.diagnostics());
            varFiles = declared.files();
        }
        return new Compilation(
                rendered,
                load.template(),
                Optional.empty(),
                emptyPlan(),
                SourceSet.union(List.of(templates, load.files(), varFiles)),
                loadDiagnostics,
                rendered.map().remap(all.sorted()));
    }

    private static PlanResult emptyPlan() {
        return new PlanResult(new Plan(List.of()), List.of());
    }

    private static String rootName(Path root) {
        return root.toString().replace('\\', '/');
    }

    private static List<Diagnostic> concat(List<Diagnostic> first, List<Diagnostic> second) {
        List<Diagnostic> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
