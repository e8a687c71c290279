package dev.kiln.compiler.plan;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.config.BuildBlock;
import dev.kiln.compiler.config.DynamicBuildParts;
import dev.kiln.compiler.config.HcpRegistry;
import dev.kiln.compiler.config.PluginBlock;
import dev.kiln.compiler.config.PluginBlocks;
import dev.kiln.compiler.config.PostProcessorBlock;
import dev.kiln.compiler.config.ProvisionerBlock;
import dev.kiln.compiler.config.SourceBlock;
import dev.kiln.compiler.config.SourceRef;
import dev.kiln.compiler.config.SourceUse;
import dev.kiln.compiler.config.Template;
import dev.kiln.compiler.config.TemplateSchemas;
import dev.kiln.compiler.decode.CheckedBody;
import dev.kiln.compiler.decode.ConfigBody;
import dev.kiln.compiler.decode.DecodedBody;
import dev.kiln.compiler.decode.Decoder;
import dev.kiln.compiler.decode.DynamicBlock;
import dev.kiln.compiler.decode.MergedBody;
import dev.kiln.compiler.decode.PartialContent;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.eval.EvalContext;
import dev.kiln.compiler.eval.EvalResult;
import dev.kiln.compiler.eval.ExpressionEvaluator;
import dev.kiln.compiler.schema.PluginSchemas;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.ListValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validation proper, Packer's {@code GetBuilds}: for each build block and each source it uses,
 * applies {@code -only}/{@code -except}, evaluates the merged source body, the provisioners and the
 * post-processors in their scopes, type-checks them against the plugin schemas, runs the plugins'
 * rules, and returns the {@link Plan} with every problem found.
 */
public final class Planner {

    private final PluginSchemas plugins;
    private final PluginBlocks pluginBlocks;
    private final DynamicBuildParts dynamicParts;

    /** A planner checking plugin configurations against {@code plugins}. */
    public Planner(PluginSchemas plugins) {
        this.plugins = plugins;
        this.pluginBlocks = new PluginBlocks(plugins);
        this.dynamicParts = new DynamicBuildParts(plugins);
    }

    /** Plans {@code template} in {@code scope} (var, local, path ...), building what {@code selection} selects. */
    public PlanResult plan(Template template, EvalContext scope, BuildSelection selection) {
        Diagnostics diagnostics = new Diagnostics();
        List<PlannedBuild> builds = new ArrayList<>();
        if (template.builds().isEmpty()) {
            diagnostics.add(PlanDiagnostics.MISSING_BUILD_BLOCK.error(
                    "A build block with one or more sources is required for executing a build.", null));
        }
        Map<SourceRef, SourceBlock> sources = new LinkedHashMap<>();
        for (SourceBlock s : template.sources()) sources.put(s.ref(), s);
        PlannedValues values = new PlannedValues(scope, diagnostics);
        List<String> possibleNames = new ArrayList<>();
        Set<BuildGlob> matchedOnly = new LinkedHashSet<>();
        Set<BuildGlob> matchedExcept = new LinkedHashSet<>();
        if (template.hcpRegistry() != null) checkHcpRegistry(template.hcpRegistry(), scope, diagnostics);
        for (BuildBlock block : template.builds()) {
            if (block.hcpRegistry() != null) checkHcpRegistry(block.hcpRegistry(), scope, diagnostics);
            String buildName = values.string(block.name());
            String description = values.string(block.description());
            for (Use use : uses(block, sources, scope, diagnostics)) {
                SourceBlock source = sources.get(use.ref());
                if (source == null) continue; // reported when loading
                if (source.plugin().config() == null) {
                    // A literal entry was reported when loading; one computed from variables is known only now.
                    if (use.evaluated()) {
                        diagnostics.add(
                                pluginBlocks.unknownSourceType(use.ref().type(), block.definitionRange(), use.range()));
                    }
                    continue;
                }
                String localName =
                        use.localName() != null ? use.localName() : use.ref().name();
                String typeAndName = use.ref().type() + "." + localName;
                String name = buildName == null || buildName.isEmpty() ? typeAndName : buildName + "." + typeAndName;
                possibleNames.add(name);
                selection.only().stream().filter(g -> g.matches(name)).forEach(matchedOnly::add);
                selection.except().stream().filter(g -> g.matches(name)).forEach(matchedExcept::add);
                if (!selection.selects(name)) continue;
                EvalContext sourceScope = use.context()
                        .child(Map.of(
                                "source",
                                Value.object(Map.of(
                                        "type", Value.string(use.ref().type()), "name", Value.string(localName)))));
                PluginConfig sourceConfig = sourceConfig(source, use, sourceScope, diagnostics);
                BuildParts parts = new BuildParts(sourceScope, typeAndName, localName, selection, diagnostics);
                // Static and dynamic blocks in source order: a dynamic block's iterations take its place.
                List<Positioned<PlannedProvisioner>> provisioned = new ArrayList<>();
                for (ProvisionerBlock p : block.provisioners()) {
                    provisioned.add(new Positioned<>(
                            p.plugin().definitionRange(),
                            parts.provisioner(p).stream().toList()));
                }
                List<Positioned<List<PlannedPostProcessor>>> chained = new ArrayList<>();
                for (List<PostProcessorBlock> chain : block.postProcessorChains()) {
                    if (chain.isEmpty()) continue;
                    List<PlannedPostProcessor> planned = parts.chain(chain, matchedExcept);
                    chained.add(new Positioned<>(
                            chain.get(0).plugin().definitionRange(), planned.isEmpty() ? List.of() : List.of(planned)));
                }
                for (DynamicBlock dynamic : block.dynamicBlocks()) {
                    if (dynamic.content() == null) continue; // reported when loading
                    boolean provisioner = dynamic.blockType().equals("provisioner");
                    if (!provisioner && !dynamic.blockType().equals("post-processor")) continue;
                    List<PlannedProvisioner> fromProvisioners = new ArrayList<>();
                    List<List<PlannedPostProcessor>> fromPostProcessors = new ArrayList<>();
                    for (DynamicExpansion.Iteration it :
                            DynamicExpansion.iterations(dynamic, sourceScope, diagnostics)) {
                        String type = pluginType(dynamic, it, diagnostics);
                        if (type == null) continue;
                        SourceRange typeRange = dynamic.labels().expression().range();
                        BuildParts iteration =
                                new BuildParts(it.context(), typeAndName, localName, selection, diagnostics);
                        if (provisioner) {
                            iteration
                                    .provisioner(dynamicParts.provisioner(
                                            dynamic.content().rawBody(),
                                            type,
                                            typeRange,
                                            dynamic.definitionRange(),
                                            diagnostics))
                                    .ifPresent(fromProvisioners::add);
                        } else {
                            List<PlannedPostProcessor> planned = iteration.chain(
                                    List.of(dynamicParts.postProcessor(
                                            dynamic.content().rawBody(),
                                            type,
                                            typeRange,
                                            dynamic.definitionRange(),
                                            diagnostics)),
                                    matchedExcept);
                            if (!planned.isEmpty()) fromPostProcessors.add(planned);
                        }
                    }
                    if (provisioner) provisioned.add(new Positioned<>(dynamic.definitionRange(), fromProvisioners));
                    else chained.add(new Positioned<>(dynamic.definitionRange(), fromPostProcessors));
                }
                List<PlannedProvisioner> provisioners = inSourceOrder(provisioned);
                PlannedProvisioner cleanup = block.errorCleanupProvisioner() == null
                        ? null
                        : parts.provisioner(block.errorCleanupProvisioner()).orElse(null);
                List<List<PlannedPostProcessor>> chains = inSourceOrder(chained);
                builds.add(new PlannedBuild(
                        name,
                        buildName,
                        description,
                        use.ref().type(),
                        localName,
                        use.ref().name(),
                        sourceConfig,
                        provisioners,
                        cleanup,
                        chains));
            }
        }
        String names = "[" + String.join(" ", possibleNames) + "]";
        String detail = "Possible build names: " + names
                + ".\nThese could also be matched with a glob pattern like: 'happycloud.*'";
        if (matchedOnly.size() < selection.only().size()) {
            diagnostics.add(PlanDiagnostics.ONLY_MATCHES_MISSING.warning(detail, null));
        }
        if (matchedExcept.size() < selection.except().size()) {
            diagnostics.add(PlanDiagnostics.EXCEPT_MATCHES_NOTHING.warning(detail, null));
        }
        return new PlanResult(new Plan(builds), distinctSorted(diagnostics));
    }

    /** An {@code hcp_packer_registry} block evaluated and checked as Packer does before it would call HCP. */
    private static void checkHcpRegistry(HcpRegistry registry, EvalContext scope, Diagnostics diagnostics) {
        ConfigEvaluation.prepare(registry.body(), scope, Map.of(), registry.definitionRange(), diagnostics);
    }

    /** The dynamic blocks of a build that become provisioners and post-processors. */
    private static final Set<String> EXPANDED_IN_PARTS = Set.of("provisioner", "post-processor");

    /** What one block of a build (static, or all iterations of a dynamic one) plans to, and where it is written. */
    private record Positioned<T>(SourceRange at, List<T> planned) {}

    private static <T> List<T> inSourceOrder(List<Positioned<T>> items) {
        return items.stream()
                .sorted(java.util.Comparator.comparingInt((Positioned<T> p) -> p.at().startOffset()))
                .flatMap(p -> p.planned().stream())
                .toList();
    }

    /** The plugin type a dynamic provisioner or post-processor iteration names: its one label. */
    private static String pluginType(DynamicBlock dynamic, DynamicExpansion.Iteration it, Diagnostics diagnostics) {
        if (it.labels() == null) return null; // unknown until the build runs: nothing to check
        if (it.labels().size() == 1) return it.labels().get(0);
        diagnostics.add(PlanDiagnostics.INCORRECT_NUMBER_OF_LABELS.error(
                "A dynamic \"" + dynamic.blockType() + "\" block" + " needs one label: the " + dynamic.blockType()
                        + " type, such as labels = [\"shell-local\"].",
                dynamic.labels() == null
                        ? dynamic.definitionRange()
                        : dynamic.labels().expression().range()));
        return null;
    }

    /**
     * A source use with the scope a {@code dynamic "source"} iteration adds; {@code range} is the
     * entry naming it, {@code evaluated} whether that name was computed here (not read when loading).
     */
    private record Use(
            SourceRef ref,
            String localName,
            ConfigBody extra,
            EvalContext context,
            SourceRange range,
            boolean evaluated) {}

    private List<Use> uses(
            BuildBlock block, Map<SourceRef, SourceBlock> sources, EvalContext scope, Diagnostics diagnostics) {
        PlannedValues values = new PlannedValues(scope, diagnostics);
        List<Use> uses = new ArrayList<>();
        for (SourceUse use : block.sourceUses()) {
            uses.add(new Use(
                    use.ref(),
                    use.localName() == null ? null : values.string(use.localName()),
                    use.extra(),
                    scope,
                    use.range(),
                    false));
        }
        if (block.sourcesNeedEvaluation()) {
            for (SourceLabel source : evaluatedSources(block.sources(), scope, diagnostics)) {
                SourceRef ref = knownSource(source.label(), sources, source.range(), diagnostics);
                if (ref != null) uses.add(new Use(ref, null, null, scope, source.range(), true));
            }
        }
        for (DynamicBlock dynamic : block.dynamicBlocks()) {
            if (EXPANDED_IN_PARTS.contains(dynamic.blockType())) continue;
            if (dynamic.blockType().equals("hcp_packer_registry")) {
                // Each generated block is checked as a written one; an empty for_each generates (and checks) nothing.
                for (DynamicExpansion.Iteration it : DynamicExpansion.iterations(dynamic, scope, diagnostics)) {
                    if (dynamic.content() == null || dynamic.content().body() == null) continue;
                    ConfigEvaluation.prepare(
                            dynamic.content().body(), it.context(), Map.of(), dynamic.definitionRange(), diagnostics);
                }
                continue;
            }
            if (!dynamic.blockType().equals("source")) {
                diagnostics.add(PlanDiagnostics.UNSUPPORTED_DYNAMIC_BLOCK.error(
                        "In a build block kiln expands dynamic"
                                + " \"source\", \"provisioner\", \"post-processor\" and \"hcp_packer_registry\" blocks; a dynamic \""
                                + dynamic.blockType() + "\" block is not supported here.",
                        dynamic.definitionRange()));
                continue;
            }
            for (DynamicExpansion.Iteration it : DynamicExpansion.iterations(dynamic, scope, diagnostics)) {
                if (it.labels() == null) continue;
                if (it.labels().size() != 1) {
                    diagnostics.add(PlanDiagnostics.INCORRECT_NUMBER_OF_LABELS.error(
                            "A dynamic \"source\" block needs"
                                    + " one label: the source reference, such as labels = [\"source.null.example\"].",
                            dynamic.definitionRange()));
                    continue;
                }
                SourceRef ref = knownSource(it.labels().get(0), sources, dynamic.definitionRange(), diagnostics);
                if (ref == null) continue;
                String localName = null;
                ConfigBody extra = null;
                if (dynamic.content() != null) {
                    PartialContent partial =
                            dynamic.content().rawBody().partialContent(TemplateSchemas.BUILD_SOURCE, diagnostics);
                    Attribute name = partial.content().attribute("name").orElse(null);
                    localName = name == null ? null : new PlannedValues(it.context(), diagnostics).string(name);
                    extra = partial.remaining();
                }
                uses.add(new Use(ref, localName, extra, it.context(), dynamic.definitionRange(), true));
            }
        }
        return uses;
    }

    /** One evaluated entry of a {@code sources} list and the range to blame for it. */
    record SourceLabel(String label, SourceRange range) {}

    /**
     * The source references of a {@code sources} attribute that is not a list of plain strings,
     * evaluated as Packer decodes it: with variables and locals in scope, as a list of strings. In a
     * literal list each entry is evaluated on its own, so a problem points at that entry.
     */
    static List<SourceLabel> evaluatedSources(Attribute attribute, EvalContext scope, Diagnostics diagnostics) {
        List<SourceLabel> labels = new ArrayList<>();
        if (attribute.expression() instanceof Expression.TupleCons tuple) {
            for (Expression item : tuple.items()) {
                Value value = evaluate(item, Type.STRING, scope, diagnostics);
                if (value != null && !value.isNull())
                    labels.add(new SourceLabel(((StringValue) value).value(), item.range()));
            }
            return labels;
        }
        Value list = evaluate(attribute.expression(), Type.list(Type.STRING), scope, diagnostics);
        if (list == null || list.isNull()) return labels;
        for (Value item : ((ListValue) list).elements()) {
            if (!item.isNull())
                labels.add(new SourceLabel(
                        ((StringValue) item).value(), attribute.expression().range()));
        }
        return labels;
    }

    /** {@code expression} as a known value of {@code type}, or null after reporting why not. */
    private static Value evaluate(Expression expression, Type type, EvalContext scope, Diagnostics diagnostics) {
        EvalResult result = ExpressionEvaluator.evaluate(expression, scope);
        diagnostics.addAll(result.diagnostics());
        if (result.hasErrors()) return null;
        ConversionResult converted = Conversion.convert(result.value(), type);
        if (!converted.isSuccess()) {
            diagnostics.add(PlanDiagnostics.INCORRECT_ATTRIBUTE_VALUE_TYPE.error(
                    "Inappropriate value for attribute \"sources\": " + converted + ".", expression.range()));
            return null;
        }
        if (!converted.value().isWhollyKnown()) {
            diagnostics.add(PlanDiagnostics.UNKNOWN_SOURCES.error(
                    "The sources of a build must be known before building; they cannot depend on data sources or on"
                            + " values only known at build time.",
                    expression.range()));
            return null;
        }
        return converted.value();
    }

    /** The source {@code label} names, or null after reporting an unknown one with a suggestion. */
    private static SourceRef knownSource(
            String label, Map<SourceRef, SourceBlock> sources, SourceRange subject, Diagnostics diagnostics) {
        SourceRef ref = SourceRef.parse(label).orElse(null);
        if (ref != null && sources.containsKey(ref)) return ref;
        if (ref == null) {
            diagnostics.add(SourceRef.invalid(subject));
            return null;
        }
        List<String> known = sources.keySet().stream().map(SourceRef::toString).toList();
        diagnostics.add(SourceRef.unknown(ref, known, subject));
        return null;
    }

    private PluginConfig sourceConfig(SourceBlock source, Use use, EvalContext scope, Diagnostics diagnostics) {
        PluginBlock plugin = source.plugin();
        DecodedBody body = plugin.config();
        if (use.extra() != null) {
            // Unsupported and duplicate arguments of the extra body were reported when loading.
            body = Decoder.decode(
                    new MergedBody(List.of(plugin.body(), use.extra())), body.schema(), new Diagnostics());
        }
        CheckedBody values = ConfigEvaluation.prepare(body, scope, Map.of(), plugin.definitionRange(), diagnostics);
        return new PluginConfig(plugin.type(), body, scope, Map.of(), values, plugin.definitionRange());
    }

    /** Diagnostics once each (a provisioner used by several sources is checked for each), in file and line order. */
    private static List<Diagnostic> distinctSorted(Diagnostics diagnostics) {
        Diagnostics distinct = new Diagnostics();
        distinct.addAll(new ArrayList<>(new LinkedHashSet<>(diagnostics.list())));
        return distinct.sorted();
    }

    /** Evaluation of the few core arguments outside plugin bodies (build names, source renames). */
    record PlannedValues(EvalContext scope, Diagnostics diagnostics) {
        String string(Attribute attribute) {
            return attribute == null ? null : string(attribute.expression());
        }

        String string(Expression expression) {
            return MetaValues.string(expression, scope, diagnostics);
        }
    }
}
