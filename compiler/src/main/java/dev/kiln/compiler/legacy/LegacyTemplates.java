package dev.kiln.compiler.legacy;

import dev.kiln.compiler.config.ConfigFiles.LoadedFile;
import dev.kiln.compiler.config.ConfigLoader;
import dev.kiln.compiler.config.LoadResult;
import dev.kiln.compiler.config.Template;
import dev.kiln.compiler.decode.JsonBody;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.json.JsonExpressions;
import dev.kiln.compiler.json.JsonParseResult;
import dev.kiln.compiler.json.JsonParser;
import dev.kiln.compiler.schema.PluginSchemas;
import dev.kiln.compiler.source.ConfigFileNames;
import dev.kiln.compiler.source.Documents;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.SourceSet;
import java.nio.file.Path;
import java.util.List;

/**
 * Legacy JSON templates as the compiler sees them: which paths are one, and loading one into the
 * same {@link Template} model (and diagnostics) as an HCL2 configuration.
 */
public final class LegacyTemplates {

    private LegacyTemplates() {}

    /**
     * Whether {@code path} is a legacy JSON template: as in Packer, a file (not a directory) that is
     * not named {@code *.pkr.hcl} or {@code *.pkr.json} (nor a {@code .j2} template of one).
     */
    public static boolean isLegacy(Path path, Documents documents) {
        if (!documents.exists(path) || documents.isDirectory(path)) return false;
        return !ConfigFileNames.isJinja(path) && !ConfigFileNames.isConfig(path);
    }

    /**
     * {@code validate -syntax-only}: the JSON and the template's structure (root keys, builders,
     * provisioner and post-processor shapes, Go-template syntax), no plugin configuration.
     */
    public static LoadResult parse(Path root, SourceFile source, long startSeconds) {
        Diagnostics diagnostics = new Diagnostics();
        JsonParseResult json = json(source, diagnostics);
        if (json != null) new LegacyTemplateReader(source, startSeconds, diagnostics).read(json.root());
        return new LoadResult(Template.empty(rootName(root)), SourceSet.of(List.of(source)), diagnostics.sorted());
    }

    /**
     * Loads the legacy template {@code source}: translated to HCL2 (see {@link LegacyTemplateReader})
     * and decoded by {@link ConfigLoader}, so every plugin body is checked as in HCL2.
     * {@code startSeconds} is what {@code {{timestamp}}} gives: Packer's start time, in Unix seconds.
     */
    public static LoadResult load(PluginSchemas plugins, Path root, SourceFile source, long startSeconds) {
        Diagnostics diagnostics = new Diagnostics();
        SourceSet files = SourceSet.of(List.of(source));
        JsonParseResult json = json(source, diagnostics);
        if (json == null) return new LoadResult(Template.empty(rootName(root)), files, diagnostics.sorted());
        LegacyTemplateReader.Translation translation =
                new LegacyTemplateReader(source, startSeconds, diagnostics).read(json.root());
        if (diagnostics.hasErrors()) return new LoadResult(Template.empty(rootName(root)), files, diagnostics.sorted());
        LoadedFile loaded = new LoadedFile(source, JsonBody.of(translation.hcl(), new JsonExpressions(source)));
        Template decoded = new ConfigLoader(plugins).decode(rootName(root), List.of(loaded), diagnostics);
        Template template = new Template(
                decoded.rootDirectory(),
                decoded.packer(),
                translation.variables(),
                translation.locals(),
                decoded.sources(),
                decoded.dataSources(),
                decoded.builds(),
                decoded.hcpRegistry(),
                decoded.dynamicBlocks());
        return new LoadResult(template, files, diagnostics.sorted());
    }

    /** The parsed JSON, or null (with Packer's hint about file extensions) when the file is not JSON. */
    private static JsonParseResult json(SourceFile source, Diagnostics diagnostics) {
        JsonParseResult json = JsonParser.parse(source);
        if (!json.hasErrors()) return json;
        diagnostics.add(LegacyDiagnostics.FAILED_TO_PARSE.error(
                "if you are using an HCL"
                        + " template, check your file extensions; they should be either *.pkr.hcl or *.pkr.json; see the docs"
                        + " for more details: https://www.packer.io/docs/templates/hcl_templates",
                null));
        diagnostics.addAll(json.diagnostics());
        return null;
    }

    private static String rootName(Path root) {
        return root.toString().replace('\\', '/');
    }
}
