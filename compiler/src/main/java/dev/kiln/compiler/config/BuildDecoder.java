package dev.kiln.compiler.config;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.decode.BodyContent;
import dev.kiln.compiler.decode.ConfigBody;
import dev.kiln.compiler.decode.DecodedBlock;
import dev.kiln.compiler.decode.DecodedBody;
import dev.kiln.compiler.decode.PartialContent;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.schema.PluginKind;
import dev.kiln.compiler.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a decoded {@code build} block into a {@link BuildBlock}, checking what needs no evaluation. */
final class BuildDecoder {

    private final PluginBlocks plugins;
    private final Diagnostics diagnostics;

    BuildDecoder(PluginBlocks plugins, Diagnostics diagnostics) {
        this.plugins = plugins;
        this.diagnostics = diagnostics;
    }

    BuildBlock decode(DecodedBlock block) {
        DecodedBody body = block.body();
        List<SourceUse> uses = new ArrayList<>();
        Attribute sources = body.attribute("sources").orElse(null);
        if (sources != null) uses.addAll(literalSources(sources, block));

        List<ProvisionerBlock> provisioners = new ArrayList<>();
        ProvisionerBlock errorCleanup = null;
        List<List<PostProcessorBlock>> chains = new ArrayList<>();
        HcpRegistry hcp = null;
        boolean hadSourceBlock = false;
        for (DecodedBlock nested : body.blocks()) {
            switch (nested.type()) {
                case "source" -> {
                    hadSourceBlock = true;
                    sourceBlock(nested).ifPresent(uses::add);
                }
                case "provisioner" -> provisioners.add(provisioner(nested));
                case "error-cleanup-provisioner" -> {
                    if (errorCleanup != null) {
                        diagnostics.add(ConfigDiagnostics.ONLY_ONE_ERROR_CLEANUP_PROVISIONER_IS_ALLOWED.error(
                                "Another error-cleanup-provisioner is defined in this build.",
                                nested.definitionRange()));
                        continue;
                    }
                    errorCleanup = provisioner(nested);
                }
                case "post-processor" -> chains.add(List.of(postProcessor(nested)));
                case "post-processors" -> {
                    List<PostProcessorBlock> chain = new ArrayList<>();
                    for (DecodedBlock pp : nested.body().blocks("post-processor")) chain.add(postProcessor(pp));
                    chains.add(chain);
                }
                case "hcp_packer_registry" -> {
                    diagnostics.add(ConfigDiagnostics.BUILD_LEVEL_HCP_REGISTRY_DEPRECATED.warning(
                            "Define hcp_packer_registry at the top level of the template instead. kiln does not talk to"
                                    + " HCP Packer: the block is checked and then ignored.",
                            nested.definitionRange()));
                    if (hcp != null) {
                        diagnostics.add(ConfigDiagnostics.ONLY_ONE_HCP_PACKER_REGISTRY_IS_ALLOWED.error(
                                "Another hcp_packer_registry is defined in this build.", nested.definitionRange()));
                        continue;
                    }
                    hcp = new HcpRegistry(nested.body(), nested.definitionRange());
                }
                default -> {} // "from" is in Packer's schema but has no effect
            }
        }
        boolean dynamicSources =
                body.dynamicBlocks().stream().anyMatch(d -> d.blockType().equals("source"));
        if (sources == null && !hadSourceBlock && !dynamicSources) {
            diagnostics.add(ConfigDiagnostics.MISSING_SOURCE_REFERENCE.error(
                    "a build block must reference at least one source to be built", block.definitionRange()));
        }
        return new BuildBlock(
                body.attribute("name").orElse(null),
                body.attribute("description").orElse(null),
                sources,
                uses,
                provisioners,
                errorCleanup,
                chains,
                hcp,
                body.dynamicBlocks(),
                block.definitionRange());
    }

    /**
     * The entries of {@code sources = [...]} when every one is a plain string. Any other form
     * ({@code local.sources}, {@code "source.${var.type}.x"}) needs the variables, so the planner
     * evaluates the whole attribute instead (see {@link #hasLiteralSources}).
     */
    private List<SourceUse> literalSources(Attribute sources, DecodedBlock build) {
        List<SourceUse> uses = new ArrayList<>();
        if (!hasLiteralSources(sources)) return uses;
        for (Expression item : ((Expression.TupleCons) sources.expression()).items()) {
            String text = ((Expression.Template) item).literalText();
            Optional<SourceRef> ref = SourceRef.parse(text);
            if (ref.isEmpty()) {
                diagnostics.add(SourceRef.invalid(item.range()));
                continue;
            }
            uses.add(new SourceUse(ref.get(), null, null, item.range()));
        }
        return uses;
    }

    /** Whether {@code sources} is a tuple of plain strings, known without evaluating anything. */
    static boolean hasLiteralSources(Attribute sources) {
        if (!(sources.expression() instanceof Expression.TupleCons tuple)) return false;
        return tuple.items().stream()
                .allMatch(item -> item instanceof Expression.Template t && t.literalText() != null);
    }

    private Optional<SourceUse> sourceBlock(DecodedBlock block) {
        Optional<SourceRef> ref = SourceRef.parse(block.labels().get(0));
        if (ref.isEmpty()) {
            diagnostics.add(SourceRef.invalid(block.header().labelRanges().get(0)));
            return Optional.empty();
        }
        PartialContent partial = block.rawBody().partialContent(TemplateSchemas.BUILD_SOURCE, diagnostics);
        Expression name =
                partial.content().attribute("name").map(Attribute::expression).orElse(null);
        return Optional.of(new SourceUse(ref.get(), name, partial.remaining(), block.definitionRange()));
    }

    private ProvisionerBlock provisioner(DecodedBlock block) {
        return provisioner(
                plugins,
                block.type(),
                block.rawBody(),
                block.labels().get(0),
                block.header().labelRanges().get(0),
                block.definitionRange(),
                diagnostics);
    }

    private PostProcessorBlock postProcessor(DecodedBlock block) {
        return postProcessor(
                plugins,
                block.rawBody(),
                block.labels().get(0),
                block.header().labelRanges().get(0),
                block.definitionRange(),
                diagnostics);
    }

    /**
     * A provisioner block ({@code word} is its block type) of plugin {@code type} whose body is
     * {@code body}: the meta-arguments, the plugin body decoded with the plugin's schema, an unknown
     * type reported on {@code typeRange}. Static and {@code dynamic} blocks decode alike.
     */
    static ProvisionerBlock provisioner(
            PluginBlocks plugins,
            String word,
            ConfigBody body,
            String type,
            SourceRange typeRange,
            SourceRange definition,
            Diagnostics diagnostics) {
        PartialContent partial = body.partialContent(TemplateSchemas.PROVISIONER_META, diagnostics);
        DecodedBody meta = metaBody(partial.content(), body, TemplateSchemas.PROVISIONER_META);
        onlyOrExcept(meta, diagnostics);
        PluginBlock plugin = plugins.decode(
                PluginKind.PROVISIONER, type, partial.remaining(), typeRange, definition, false, diagnostics);
        if (plugins.schema(PluginKind.PROVISIONER, type).isEmpty()) {
            diagnostics.add(plugins.unknownType(PluginKind.PROVISIONER, word, type, typeRange));
        }
        return new ProvisionerBlock(meta, plugin);
    }

    /** A post-processor block of plugin {@code type}, decoded as {@link #provisioner} decodes a provisioner. */
    static PostProcessorBlock postProcessor(
            PluginBlocks plugins,
            ConfigBody body,
            String type,
            SourceRange typeRange,
            SourceRange definition,
            Diagnostics diagnostics) {
        PartialContent partial = body.partialContent(TemplateSchemas.POST_PROCESSOR_META, diagnostics);
        DecodedBody meta = metaBody(partial.content(), body, TemplateSchemas.POST_PROCESSOR_META);
        onlyOrExcept(meta, diagnostics);
        PluginBlock plugin = plugins.decode(
                PluginKind.POST_PROCESSOR, type, partial.remaining(), typeRange, definition, true, diagnostics);
        return new PostProcessorBlock(meta, plugin);
    }

    private static DecodedBody metaBody(
            BodyContent content, ConfigBody body, dev.kiln.compiler.schema.BlockSchema schema) {
        java.util.Map<String, Attribute> attributes = new java.util.LinkedHashMap<>();
        for (Attribute a : content.attributes()) attributes.put(a.name(), a);
        return new DecodedBody(
                schema, attributes, List.of(), List.of(), body.range(), content.missingItemRange(), true);
    }

    private static void onlyOrExcept(DecodedBody meta, Diagnostics diagnostics) {
        if (meta.attribute("only").isPresent() && meta.attribute("except").isPresent()) {
            diagnostics.add(ConfigDiagnostics.ONLY_AND_EXCEPT.error(
                    "Use either only or except in one block, not both.",
                    meta.attribute("except").get().nameRange()));
        }
    }
}
