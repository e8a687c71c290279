package dev.kiln.cli.build;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.config.BuildBlock;
import dev.kiln.compiler.config.ConfigLoader;
import dev.kiln.compiler.config.LoadResult;
import dev.kiln.compiler.config.PluginBlock;
import dev.kiln.compiler.config.PostProcessorBlock;
import dev.kiln.compiler.config.ProvisionerBlock;
import dev.kiln.compiler.config.SourceBlock;
import dev.kiln.compiler.config.SourceUse;
import dev.kiln.compiler.decode.BodyEvaluation;
import dev.kiln.compiler.decode.CheckedBody;
import dev.kiln.compiler.decode.DecodedBody;
import dev.kiln.compiler.decode.LiteralEvaluator;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.runtime.PluginCatalog;
import dev.kiln.runtime.PluginRegistry;
import dev.kiln.runtime.engine.BuildJob;
import dev.kiln.runtime.engine.Builder;
import dev.kiln.runtime.engine.PostProcessorRun;
import dev.kiln.runtime.engine.ProvisionerRun;
import dev.kiln.runtime.postprocessor.PostProcessException;
import dev.kiln.runtime.postprocessor.PostProcessorFactory;
import dev.kiln.runtime.provisioner.ProvisionException;
import dev.kiln.runtime.provisioner.ProvisionerFactory;
import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Interim adapter from a loaded template to builds, until {@code compiler.plan} is merged: it
 * evaluates literal values only (no variables, locals, data sources or {@code build.*}
 * references), ignores {@code -var}/{@code -var-file} and the extra arguments of build-level
 * {@code source} blocks, and has no sensitive values. The Plan adapter replaces it.
 */
public final class TemplatePlanSource implements PlanSource {

    private final PluginRegistry registry;

    /** An adapter instantiating plugins from {@code registry}. */
    public TemplatePlanSource(PluginRegistry registry) {
        this.registry = registry;
    }

    @Override
    public PlannedRun plan(BuildRequest request) {
        LoadResult loaded = new ConfigLoader(PluginCatalog.BUILT_IN).load(request.template());
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(loaded.diagnostics());
        List<BuildJob> jobs = new ArrayList<>();
        if (!loaded.hasErrors()) {
            if (loaded.template().builds().isEmpty()) {
                diagnostics.add(Diagnostic.error("Missing build block",
                        "A build block with one or more sources is required for executing a build.", null));
            }
            for (BuildBlock build : loaded.template().builds()) jobs.addAll(jobs(build, loaded, diagnostics));
        }
        BuildSelection selection = new BuildSelection(request.only(), request.except());
        List<BuildJob> selected = jobs.stream().filter(j -> selection.selects(j.name())).toList();
        return new PlannedRun(selected, diagnostics.sorted(), loaded.files(), Set.of());
    }

    private List<BuildJob> jobs(BuildBlock build, LoadResult loaded, Diagnostics diagnostics) {
        List<BuildJob> jobs = new ArrayList<>();
        Optional<String> buildName = literalString(build.name());
        for (SourceUse use : build.sourceUses()) {
            Optional<SourceBlock> source = loaded.template().sources().stream().filter(s -> s.ref().equals(use.ref())).findFirst();
            Optional<Builder> builder = registry.builder(use.ref().type());
            if (source.isEmpty() || source.get().plugin().config() == null) continue;
            if (builder.isEmpty()) {
                diagnostics.add(Diagnostic.error("Builder not available",
                        "kiln cannot run the " + use.ref().type() + " builder yet.", use.range()));
                continue;
            }
            String localName = use.localName() == null ? use.ref().name()
                    : String.valueOf(LiteralEvaluator.INSTANCE.evaluate(use.localName(), diagnostics).unmarkDeep() instanceof StringValue s ? s.value() : use.ref().name());
            String typeDotName = use.ref().type() + "." + localName;
            String name = buildName.map(b -> b + "." + typeDotName).orElse(typeDotName);
            CheckedBody config = check(source.get().plugin(), diagnostics);
            List<ProvisionerRun> provisioners = new ArrayList<>();
            for (ProvisionerBlock p : build.provisioners()) {
                if (applies(p.meta(), typeDotName)) provisionerRun(p, diagnostics).ifPresent(provisioners::add);
            }
            Optional<ProvisionerRun> cleanup = build.errorCleanupProvisioner() == null ? Optional.empty()
                    : provisionerRun(build.errorCleanupProvisioner(), diagnostics);
            List<List<PostProcessorRun>> chains = new ArrayList<>();
            for (List<PostProcessorBlock> chain : build.postProcessorChains()) {
                List<PostProcessorRun> runs = new ArrayList<>();
                for (PostProcessorBlock pp : chain) {
                    if (applies(pp.meta(), typeDotName)) postProcessorRun(pp, diagnostics).ifPresent(runs::add);
                }
                if (!runs.isEmpty()) chains.add(runs);
            }
            jobs.add(new BuildJob(name, use.ref().type(), localName, builder.get(), config, provisioners, cleanup, chains));
        }
        return jobs;
    }

    private Optional<ProvisionerRun> provisionerRun(ProvisionerBlock block, Diagnostics diagnostics) {
        Optional<ProvisionerFactory> factory = registry.provisioner(block.plugin().type());
        if (factory.isEmpty()) {
            diagnostics.add(Diagnostic.error("Provisioner not available",
                    "kiln cannot run the " + block.plugin().type() + " provisioner yet.", block.plugin().typeRange()));
            return Optional.empty();
        }
        CheckedBody config = check(block.plugin(), diagnostics);
        DecodedBody meta = block.meta();
        ProvisionerRun.Source source = vars -> {
            try {
                return factory.get().create(config);
            } catch (RuntimeException e) {
                throw new ProvisionException(e.getMessage(), e);
            }
        };
        return Optional.of(new ProvisionerRun(block.plugin().type(), string(meta, "name").orElse(""), source,
                duration(meta, "pause_before"), (int) number(meta, "max_retries"), duration(meta, "timeout"),
                bool(meta, "continue_on_error").orElse(false)));
    }

    private Optional<PostProcessorRun> postProcessorRun(PostProcessorBlock block, Diagnostics diagnostics) {
        Optional<PostProcessorFactory> factory = registry.postProcessor(block.plugin().type());
        if (factory.isEmpty()) {
            diagnostics.add(Diagnostic.error("Post-processor not available",
                    "kiln cannot run the " + block.plugin().type() + " post-processor yet.", block.plugin().typeRange()));
            return Optional.empty();
        }
        CheckedBody config = check(block.plugin(), diagnostics);
        PostProcessorRun.Source source = vars -> {
            try {
                return factory.get().create(config);
            } catch (RuntimeException e) {
                throw new PostProcessException(e.getMessage(), e);
            }
        };
        return Optional.of(new PostProcessorRun(block.plugin().type(), string(block.meta(), "name").orElse(""), source,
                bool(block.meta(), "keep_input_artifact").orElse(null)));
    }

    private static CheckedBody check(PluginBlock plugin, Diagnostics diagnostics) {
        return BodyEvaluation.check(plugin.config(), plugin.definitionRange(), LiteralEvaluator.INSTANCE, diagnostics);
    }

    /** Provisioner/post-processor {@code only}/{@code except}: exact {@code TYPE.NAME} matches. */
    private static boolean applies(DecodedBody meta, String typeDotName) {
        List<String> only = strings(meta, "only");
        List<String> except = strings(meta, "except");
        if (!only.isEmpty()) return only.contains(typeDotName);
        return !except.contains(typeDotName);
    }

    private static Value value(DecodedBody meta, String name) {
        Diagnostics ignored = new Diagnostics();
        return meta.attribute(name).map(a -> LiteralEvaluator.INSTANCE.evaluate(a.expression(), ignored).unmarkDeep())
                .orElse(Value.nullOf(dev.kiln.stdlib.type.Type.ANY));
    }

    private static Optional<String> string(DecodedBody meta, String name) {
        return value(meta, name) instanceof StringValue s ? Optional.of(s.value()) : Optional.empty();
    }

    private static Optional<Boolean> bool(DecodedBody meta, String name) {
        return value(meta, name) instanceof BoolValue b ? Optional.of(b.value()) : Optional.empty();
    }

    private static long number(DecodedBody meta, String name) {
        return value(meta, name) instanceof NumberValue n ? n.value().longValue() : 0;
    }

    private static List<String> strings(DecodedBody meta, String name) {
        Value v = value(meta, name);
        if (v instanceof dev.kiln.stdlib.value.TupleValue t) {
            return t.elements().stream().filter(e -> e instanceof StringValue).map(e -> ((StringValue) e).value()).toList();
        }
        return List.of();
    }

    private static Duration duration(DecodedBody meta, String name) {
        return string(meta, name).map(GoDuration::parse).orElse(Duration.ZERO);
    }

    private static Optional<String> literalString(Attribute attribute) {
        if (attribute == null) return Optional.empty();
        return LiteralEvaluator.INSTANCE.evaluate(attribute.expression(), new Diagnostics()).unmarkDeep() instanceof StringValue s
                ? Optional.of(s.value()) : Optional.empty();
    }
}
