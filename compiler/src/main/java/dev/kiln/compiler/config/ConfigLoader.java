package dev.kiln.compiler.config;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.ast.ObjectItem;
import dev.kiln.compiler.config.ConfigFiles.LoadedFile;
import dev.kiln.compiler.config.InputVariable.VariableValidation;
import dev.kiln.compiler.config.PackerRequirements.PluginRequirement;
import dev.kiln.compiler.config.PackerRequirements.VersionConstraint;
import dev.kiln.compiler.decode.BodyContent;
import dev.kiln.compiler.decode.DecodedBlock;
import dev.kiln.compiler.decode.DecodedBody;
import dev.kiln.compiler.decode.Decoder;
import dev.kiln.compiler.decode.DynamicBlock;
import dev.kiln.compiler.decode.JsonBody;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.json.JsonExpressions;
import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.BlockTypeSchema;
import dev.kiln.compiler.schema.PluginKind;
import dev.kiln.compiler.schema.PluginSchemas;
import dev.kiln.compiler.source.ConfigFileNames;
import dev.kiln.compiler.source.Documents;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.compiler.syntax.ParsedFiles;
import dev.kiln.compiler.syntax.SourceSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a configuration: finds and parses its files, checks {@code required_version}, decodes every
 * top-level block into the {@link Template} model and every plugin body with its plugin's schema.
 * Nothing is evaluated. Never throws on bad input.
 */
public final class ConfigLoader {

    /** The Packer version kiln is compatible with, which {@code required_version} is checked against. */
    public static final String PACKER_COMPATIBILITY_VERSION = "1.16.0";

    /**
     * The top level as Packer's {@code Parse} checks it: every block type and its labels, with the
     * bodies of builds and the HCP registry left for the full decode.
     */
    private static final BlockSchema DECLARATIONS = declarationsSchema();

    private static final BlockSchema PACKER_ONLY = BlockSchema.builder("")
            .block(BlockTypeSchema.list("packer", TemplateSchemas.PACKER))
            .build();

    private final PluginSchemas pluginSchemas;

    /** A loader that checks plugin bodies against {@code plugins}. */
    public ConfigLoader(PluginSchemas plugins) {
        this.pluginSchemas = plugins;
    }

    /** Loads the config files of the file or directory {@code path} from disk (see {@link ConfigFiles#configuration}). */
    public LoadResult load(Path path) {
        Diagnostics found = new Diagnostics();
        List<Path> files = ConfigFiles.configuration(path, Documents.DISK, found).stream()
                .filter(ConfigFileNames::isConfig)
                .toList();
        ParsedFiles unreadable = new ParsedFiles();
        List<SourceFile> sources = ConfigFiles.read(files, Documents.DISK, unreadable, found);
        LoadResult load = load(ConfigFiles.root(path, Documents.DISK), sources, found.list());
        return new LoadResult(
                load.template(), SourceSet.union(List.of(load.files(), unreadable.snapshot())), load.diagnostics());
    }

    /**
     * Loads a configuration whose file texts are already at hand (read, or rendered from
     * {@code *.j2} templates), in loading order; {@code root} is the template directory.
     */
    public LoadResult load(Path root, List<SourceFile> sources) {
        return load(root, sources, List.of());
    }

    /**
     * Loads {@code sources} after the problems {@code earlier} found getting them (which lead the
     * result's diagnostics); after an earlier error (a file not read) the template is empty.
     */
    public LoadResult load(Path root, List<SourceFile> sources, List<Diagnostic> earlier) {
        return load(root, sources, earlier, false);
    }

    /**
     * Loads only what Packer's {@code Parse} decodes ({@code validate -syntax-only}):
     * {@code required_version} first, the top-level blocks and their labels, {@code packer} with
     * its {@code required_plugins}, variables, locals and the data blocks' names. Source, build and
     * {@code hcp_packer_registry} bodies are left undecoded and no plugin schema is read, so the
     * template has no sources, data sources nor builds.
     */
    public LoadResult declarations(Path root, List<SourceFile> sources, List<Diagnostic> earlier) {
        return load(root, sources, earlier, true);
    }

    private LoadResult load(Path root, List<SourceFile> sources, List<Diagnostic> earlier, boolean declarationsOnly) {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(earlier);
        ParsedFiles files = new ParsedFiles();
        List<LoadedFile> loaded = new ArrayList<>();
        for (SourceFile source : sources) {
            LoadedFile parsed = ConfigFiles.parse(source, files, diagnostics);
            if (parsed != null) loaded.add(parsed);
        }
        String rootName = root.toString().replace('\\', '/');
        if (diagnostics.hasErrors())
            return new LoadResult(Template.empty(rootName), files.snapshot(), diagnostics.sorted());
        Template template = declarationsOnly
                ? decode(rootName, loaded, DECLARATIONS, true, diagnostics)
                : decode(rootName, loaded, diagnostics);
        return new LoadResult(template, files.snapshot(), diagnostics.sorted());
    }

    /** Decodes already parsed files (in loading order) as one configuration. */
    public Template decode(String rootDirectory, List<LoadedFile> files, Diagnostics diagnostics) {
        return decode(rootDirectory, files, TemplateSchemas.FILE, false, diagnostics);
    }

    private Template decode(
            String rootDirectory,
            List<LoadedFile> files,
            BlockSchema fileSchema,
            boolean declarationsOnly,
            Diagnostics diagnostics) {
        List<VersionConstraint> constraints = new ArrayList<>();
        for (LoadedFile file : files) constraints.addAll(sniffVersion(file, diagnostics));
        if (!checkVersion(constraints, diagnostics)) return Template.empty(rootDirectory);

        State state = new State(new PluginBlocks(pluginSchemas), declarationsOnly, diagnostics);
        for (LoadedFile file : files) {
            state.json = file.body() instanceof JsonBody json ? json.expressions() : null;
            DecodedBody body = Decoder.decode(file.body(), fileSchema, diagnostics);
            state.dynamic.addAll(body.dynamicBlocks());
            for (DecodedBlock block : body.blocks()) state.add(block);
        }
        if (!declarationsOnly) state.checkSourceUses();
        return new Template(
                rootDirectory,
                new PackerRequirements(constraints, state.pluginRequirements),
                List.copyOf(state.variables.values()),
                List.copyOf(state.locals.values()),
                List.copyOf(state.sources.values()),
                List.copyOf(state.data.values()),
                state.builds,
                state.hcp,
                state.dynamic);
    }

    private static BlockSchema declarationsSchema() {
        BlockSchema.Builder schema = BlockSchema.builder(TemplateSchemas.FILE.description());
        for (BlockTypeSchema type : TemplateSchemas.FILE.blockTypes()) {
            boolean later = type.type().equals("build") || type.type().equals("hcp_packer_registry");
            schema.block(
                    later
                            ? new BlockTypeSchema(type.type(), type.labelNames(), type.nesting(), type.required(), null)
                            : type);
        }
        return schema.build();
    }

    /** Reads {@code required_version} first, so a too-new template fails with a version error, not others. */
    private static List<VersionConstraint> sniffVersion(LoadedFile file, Diagnostics diagnostics) {
        List<VersionConstraint> found = new ArrayList<>();
        Diagnostics ignored = new Diagnostics(); // reported again by the full decode
        BodyContent top = file.body().partialContent(PACKER_ONLY, ignored).content();
        for (var block : top.blocks()) {
            BodyContent packer =
                    block.body().partialContent(TemplateSchemas.PACKER, ignored).content();
            Optional<Attribute> attribute = packer.attribute("required_version");
            if (attribute.isEmpty()) continue;
            Expression e = attribute.get().expression();
            String text = e instanceof Expression.Template t ? t.literalText() : null;
            if (text == null) {
                diagnostics.add(ConfigDiagnostics.INVALID_VERSION_CONSTRAINT.error(
                        "A string value is required for required_version.", e.range()));
                continue;
            }
            if (VersionConstraints.parse(text).isEmpty()) {
                diagnostics.add(ConfigDiagnostics.INVALID_VERSION_CONSTRAINT.error(
                        "This string does not use correct version constraint syntax.", e.range()));
                continue;
            }
            found.add(new VersionConstraint(text, e.range()));
        }
        return found;
    }

    private static boolean checkVersion(List<VersionConstraint> constraints, Diagnostics diagnostics) {
        boolean ok = !diagnostics.hasErrors();
        for (VersionConstraint c : constraints) {
            if (!VersionConstraints.parse(c.text()).orElseThrow().isSatisfiedBy(PACKER_COMPATIBILITY_VERSION)) {
                diagnostics.add(ConfigDiagnostics.UNSUPPORTED_PACKER_CORE_VERSION.error(
                        "This configuration does not support"
                                + " Packer version " + PACKER_COMPATIBILITY_VERSION + " (kiln implements Packer "
                                + PACKER_COMPATIBILITY_VERSION
                                + "). To proceed, either choose another supported Packer version or"
                                + " update this version constraint. Version constraints are normally set for good reason, so"
                                + " updating the constraint may lead to other errors or unexpected behavior.",
                        c.range()));
                ok = false;
            }
        }
        return ok;
    }

    /** What has been decoded so far, across files. */
    private static final class State {
        final PluginBlocks pluginBlocks;
        /** Whether only Packer's Parse-time declarations are decoded (no plugin body, no build). */
        final boolean declarationsOnly;

        final Diagnostics diagnostics;
        final List<PluginRequirement> pluginRequirements = new ArrayList<>();
        final Map<String, InputVariable> variables = new LinkedHashMap<>();
        final Map<String, LocalValue> locals = new LinkedHashMap<>();
        final Map<SourceRef, SourceBlock> sources = new LinkedHashMap<>();
        final Map<String, DataBlock> data = new LinkedHashMap<>();
        final Map<String, SourceRange> dataDefinitions = new LinkedHashMap<>();
        final List<BuildBlock> builds = new ArrayList<>();
        final List<DynamicBlock> dynamic = new ArrayList<>();
        HcpRegistry hcp;
        /** The current file's JSON expression reader; null for native syntax. */
        JsonExpressions json;

        State(PluginBlocks pluginBlocks, boolean declarationsOnly, Diagnostics diagnostics) {
            this.pluginBlocks = pluginBlocks;
            this.declarationsOnly = declarationsOnly;
            this.diagnostics = diagnostics;
        }

        void add(DecodedBlock block) {
            switch (block.type()) {
                case "packer" -> requiredPlugins(block.body());
                case "variable" -> variable(block);
                case "variables" -> {
                    for (Attribute a : block.rawBody().justAttributes(diagnostics)) {
                        declare(new InputVariable(
                                a.name(), null, a.expression(), null, null, List.of(), true, a.nameRange(), a.range()));
                    }
                }
                case "locals" -> {
                    for (Attribute a : block.rawBody().justAttributes(diagnostics)) {
                        local(new LocalValue(a.name(), a.expression(), null, a.nameRange(), a.range()));
                    }
                }
                case "local" -> {
                    DecodedBody body = block.body();
                    local(new LocalValue(
                            block.labels().get(0),
                            body.attribute("expression")
                                    .map(Attribute::expression)
                                    .orElse(null),
                            body.attribute("sensitive")
                                    .map(Attribute::expression)
                                    .orElse(null),
                            block.header().labelRanges().get(0),
                            block.definitionRange()));
                }
                case "source" -> {
                    if (!declarationsOnly) source(block);
                }
                case "data" -> data(block);
                case "build" -> {
                    if (!declarationsOnly) builds.add(new BuildDecoder(pluginBlocks, diagnostics).decode(block));
                }
                case "hcp_packer_registry" -> {
                    if (declarationsOnly) return;
                    if (hcp != null) {
                        diagnostics.add(ConfigDiagnostics.MULTIPLE_HCP_PACKER_REGISTRY_BLOCK_DECLARATION.error(
                                "Only one top-level hcp_packer_registry block is allowed. Another was defined at "
                                        + where(hcp.definitionRange()) + ".",
                                block.definitionRange()));
                        return;
                    }
                    diagnostics.add(ConfigDiagnostics.HCP_PACKER_REGISTRY_IS_NOT_SUPPORTED.warning(
                            "kiln does not talk to HCP Packer: this block is checked and then ignored.",
                            block.definitionRange()));
                    hcp = new HcpRegistry(block.body(), block.definitionRange());
                }
                default -> {} // "communicator" is reserved by Packer and has no effect
            }
        }

        private void requiredPlugins(DecodedBody packer) {
            for (DecodedBlock block : packer.blocks("required_plugins")) {
                for (Attribute a : block.rawBody().justAttributes(diagnostics)) {
                    if (!(a.expression() instanceof Expression.ObjectCons object)) {
                        diagnostics.add(ConfigDiagnostics.INVALID_PLUGIN_REQUIREMENT.error(
                                "A description of a plugin"
                                        + " requirement must be an object: { source = \"HOST/NAMESPACE/TYPE\", version = \"CONSTRAINT\" }.",
                                a.expression().range()));
                        continue;
                    }
                    Expression source = null;
                    Expression version = null;
                    for (ObjectItem item : object.items()) {
                        String key = keyName(item.key());
                        if ("source".equals(key)) {
                            source = item.value();
                        } else if ("version".equals(key)) {
                            version = item.value();
                        } else {
                            diagnostics.add(ConfigDiagnostics.INVALID_REQUIRED_PLUGINS_OBJECT.error(
                                    "required_plugins objects can only contain \"version\" and \"source\" attributes.",
                                    item.key().range()));
                        }
                    }
                    if (version == null) {
                        diagnostics.add(ConfigDiagnostics.NO_VERSION_CONSTRAINT_WAS_SET.error(
                                "The version field must be specified as a string. Ex: `version = \">= 1.2.0, < 2.0.0\"`.",
                                a.expression().range()));
                    }
                    if (source == null) {
                        diagnostics.add(ConfigDiagnostics.NO_SOURCE_WAS_SET.error(
                                "The source field must be specified as a string. Ex: `source = \"github.com/hashicorp/amazon\"`.",
                                a.expression().range()));
                    }
                    pluginRequirements.add(new PluginRequirement(a.name(), source, version, a.range()));
                }
            }
        }

        private static String keyName(Expression key) {
            if (key instanceof Expression.Variable v) return v.name();
            if (key instanceof Expression.Template t) return t.literalText();
            return null;
        }

        private void variable(DecodedBlock block) {
            DecodedBody body = block.body();
            List<VariableValidation> validations = new ArrayList<>();
            for (DecodedBlock v : body.blocks("validation")) {
                validations.add(new VariableValidation(
                        v.body()
                                .attribute("condition")
                                .map(Attribute::expression)
                                .orElse(null),
                        v.body()
                                .attribute("error_message")
                                .map(Attribute::expression)
                                .orElse(null),
                        v.definitionRange()));
            }
            Expression type = expr(body, "type");
            // In JSON a type is written as a string holding the native type expression.
            if (json != null && type instanceof Expression.Template t) type = json.nativeExpression(t, diagnostics);
            declare(new InputVariable(
                    block.labels().get(0),
                    type,
                    expr(body, "default"),
                    expr(body, "description"),
                    expr(body, "sensitive"),
                    validations,
                    false,
                    block.header().labelRanges().get(0),
                    block.definitionRange()));
        }

        private static Expression expr(DecodedBody body, String name) {
            return body.attribute(name).map(Attribute::expression).orElse(null);
        }

        private void declare(InputVariable variable) {
            if (!SourceRef.isIdentifier(variable.name())) {
                diagnostics.add(ConfigDiagnostics.INVALID_VARIABLE_NAME.error(
                        "A name must start with a letter or underscore"
                                + " and may contain only letters, digits, underscores, and dashes.",
                        variable.nameRange()));
                return;
            }
            InputVariable earlier = variables.putIfAbsent(variable.name(), variable);
            if (earlier != null) {
                diagnostics.add(ConfigDiagnostics.DUPLICATE_VARIABLE.error(
                        "Duplicate " + variable.name() + " variable definition found. The first definition is at "
                                + where(earlier.nameRange()) + ".",
                        variable.nameRange()));
            }
        }

        private void local(LocalValue local) {
            if (!SourceRef.isIdentifier(local.name())) {
                diagnostics.add(ConfigDiagnostics.INVALID_LOCAL_NAME.error(
                        "A name must start with a letter or underscore"
                                + " and may contain only letters, digits, underscores, and dashes.",
                        local.nameRange()));
                return;
            }
            LocalValue earlier = locals.putIfAbsent(local.name(), local);
            if (earlier != null) {
                diagnostics.add(ConfigDiagnostics.DUPLICATE_LOCAL_DEFINITION.error(
                        "Duplicate " + local.name() + " definition found. The first definition is at "
                                + where(earlier.nameRange()) + ".",
                        local.nameRange()));
            }
        }

        private void source(DecodedBlock block) {
            SourceRef ref = new SourceRef(block.labels().get(0), block.labels().get(1));
            SourceBlock earlier = sources.get(ref);
            if (earlier != null) {
                diagnostics.add(ConfigDiagnostics.DUPLICATE_SOURCE_BLOCK.error(
                        "This source block has the same builder type"
                                + " and name as a previous block declared at "
                                + where(earlier.plugin().definitionRange())
                                + ". Each source must have a unique name per builder type.",
                        block.definitionRange()));
                return;
            }
            PluginBlock plugin = pluginBlocks.decode(
                    PluginKind.BUILDER,
                    ref.type(),
                    block.rawBody(),
                    block.header().labelRanges().get(0),
                    block.definitionRange(),
                    false,
                    diagnostics);
            sources.put(
                    ref,
                    new SourceBlock(ref, plugin, block.header().labelRanges().get(1)));
        }

        private void data(DecodedBlock block) {
            String type = block.labels().get(0);
            String name = block.labels().get(1);
            for (int i = 0; i < 2; i++) {
                if (!SourceRef.isIdentifier(block.labels().get(i))) {
                    diagnostics.add((i == 0
                                    ? ConfigDiagnostics.INVALID_DATA_SOURCE_NAME
                                    : ConfigDiagnostics.INVALID_DATA_RESOURCE_NAME)
                            .error(
                                    "A name must start with a letter or underscore and may contain only letters, digits,"
                                            + " underscores, and dashes.",
                                    block.header().labelRanges().get(i)));
                    return;
                }
            }
            String key = type + "." + name;
            SourceRange earlier = dataDefinitions.putIfAbsent(key, block.definitionRange());
            if (earlier != null) {
                diagnostics.add(ConfigDiagnostics.DUPLICATE_DATA_BLOCK.error(
                        "This data block has the same data type and name"
                                + " as a previous block declared at " + where(earlier)
                                + ". Each data must have a unique name per data type.",
                        block.definitionRange()));
                return;
            }
            // Packer reads a data source's body with its plugin only when it evaluates it.
            if (declarationsOnly) return;
            PluginBlock plugin = pluginBlocks.decode(
                    PluginKind.DATA_SOURCE,
                    type,
                    block.rawBody(),
                    block.header().labelRanges().get(0),
                    block.definitionRange(),
                    true,
                    diagnostics);
            data.put(
                    key,
                    new DataBlock(
                            type, name, plugin, block.header().labelRanges().get(1)));
        }

        /** Every statically known source use must name a source of a known builder type. */
        void checkSourceUses() {
            List<String> known =
                    sources.keySet().stream().map(SourceRef::toString).toList();
            for (BuildBlock build : builds) {
                for (SourceUse use : build.sourceUses()) {
                    SourceBlock source = sources.get(use.ref());
                    if (source == null) {
                        diagnostics.add(SourceRef.unknown(use.ref(), known, use.range()));
                        continue;
                    }
                    if (source.plugin().config() == null) {
                        diagnostics.add(
                                pluginBlocks.unknownSourceType(use.ref().type(), build.definitionRange(), use.range()));
                        continue;
                    }
                    if (use.extra() != null) checkExtra(use, source);
                }
            }
        }

        /** A build's source block may add arguments the builder knows, but not set one the source sets. */
        private void checkExtra(SourceUse use, SourceBlock source) {
            BlockSchema schema = source.plugin().config().schema();
            BodyContent extra = use.extra().content(schema.withoutRequired(), diagnostics);
            for (Attribute a : extra.attributes()) {
                source.plugin()
                        .config()
                        .attribute(a.name())
                        .ifPresent(earlier -> diagnostics.add(ConfigDiagnostics.DUPLICATE_ARGUMENT.error(
                                "The argument \"" + a.name() + "\" was already set at " + where(earlier.nameRange())
                                        + ".",
                                a.nameRange(),
                                a.range())));
            }
        }

        private static String where(SourceRange range) {
            return range.file() + ":" + range.start().line() + ","
                    + range.start().column() + "-" + range.end().column();
        }
    }
}
