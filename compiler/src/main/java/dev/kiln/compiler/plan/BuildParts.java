package dev.kiln.compiler.plan;

import dev.kiln.compiler.config.PluginBlock;
import dev.kiln.compiler.config.PostProcessorBlock;
import dev.kiln.compiler.config.ProvisionerBlock;
import dev.kiln.compiler.decode.CheckedBody;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.eval.EvalContext;
import dev.kiln.stdlib.go.GoDuration;
import dev.kiln.stdlib.value.MapValue;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prepares the provisioners and post-processors of one build (one source of a build block): the
 * meta-arguments, {@code only}/{@code except} against {@code TYPE.NAME}, the provisioner
 * {@code override} for this source, and the plugin body evaluated with {@code source.*} known.
 */
final class BuildParts {

    private final EvalContext scope;
    private final String typeAndName;
    private final String localName;
    private final BuildSelection selection;
    private final Diagnostics diagnostics;

    BuildParts(
            EvalContext scope,
            String typeAndName,
            String localName,
            BuildSelection selection,
            Diagnostics diagnostics) {
        this.scope = scope;
        this.typeAndName = typeAndName;
        this.localName = localName;
        this.selection = selection;
        this.diagnostics = diagnostics;
    }

    /** The provisioner as it runs in this build, or empty when only/except skip it or its type is unknown. */
    Optional<PlannedProvisioner> provisioner(ProvisionerBlock block) {
        PluginBlock plugin = block.plugin();
        CheckedBody meta =
                ConfigEvaluation.evaluate(block.meta(), scope, Map.of(), plugin.definitionRange(), diagnostics);
        if (skipped(meta) || plugin.config() == null) return Optional.empty();
        Map<String, Value> override = override(meta);
        CheckedBody values =
                ConfigEvaluation.prepare(plugin.config(), scope, override, plugin.definitionRange(), diagnostics);
        Duration pause = duration(meta, "pause_before");
        Duration timeout = duration(meta, "timeout");
        Integer retries = MetaValues.integer(meta.value("max_retries"));
        Boolean continueOnError = MetaValues.bool(meta.value("continue_on_error"));
        return Optional.of(new PlannedProvisioner(
                plugin.type(),
                MetaValues.string(meta.value("name")),
                new PluginConfig(plugin.type(), plugin.config(), scope, override, values, plugin.definitionRange()),
                pause,
                retries == null ? 0 : retries,
                pause != null ? null : timeout,
                Boolean.TRUE.equals(continueOnError)));
    }

    /**
     * The post-processors of a chain that run in this build. A {@code -except} match on a
     * post-processor's name (its type when unnamed) drops it and the rest of the chain, as in Packer;
     * matched patterns are added to {@code matchedExcept}.
     */
    List<PlannedPostProcessor> chain(List<PostProcessorBlock> chain, Set<BuildGlob> matchedExcept) {
        List<PlannedPostProcessor> planned = new ArrayList<>();
        for (PostProcessorBlock block : chain) {
            PluginBlock plugin = block.plugin();
            CheckedBody meta =
                    ConfigEvaluation.evaluate(block.meta(), scope, Map.of(), plugin.definitionRange(), diagnostics);
            if (skipped(meta)) continue;
            String name = MetaValues.string(meta.value("name"));
            String nameOrType = name == null || name.isEmpty() ? plugin.type() : name;
            List<BuildGlob> dropping = selection.except().stream()
                    .filter(g -> g.matches(nameOrType))
                    .toList();
            if (!dropping.isEmpty()) {
                matchedExcept.addAll(dropping);
                break;
            }
            if (plugin.config() == null) continue;
            CheckedBody values =
                    ConfigEvaluation.prepare(plugin.config(), scope, Map.of(), plugin.definitionRange(), diagnostics);
            planned.add(new PlannedPostProcessor(
                    plugin.type(),
                    name,
                    MetaValues.bool(meta.value("keep_input_artifact")),
                    new PluginConfig(
                            plugin.type(), plugin.config(), scope, Map.of(), values, plugin.definitionRange())));
        }
        return planned;
    }

    /** Packer's OnlyExcept.Skip: exact names {@code TYPE.NAME}, no globs, no build-name prefix. */
    private boolean skipped(CheckedBody meta) {
        List<String> only = MetaValues.strings(meta.value("only"));
        List<String> except = MetaValues.strings(meta.value("except"));
        if (meta.isSet("only") && !only.contains(typeAndName)) return true;
        return except.contains(typeAndName);
    }

    private Map<String, Value> override(CheckedBody meta) {
        if (!meta.isSet("override")) return Map.of();
        Value all = meta.value("override").unmark();
        if (!all.isKnown() || all.isNull()) return Map.of();
        Map<String, Value> entries = entries(all);
        if (entries == null) {
            diagnostics.add(PlanDiagnostics.OVERRIDE_NOT_AN_OBJECT.error(
                    "Write override = { SOURCE_NAME = { ARGUMENT = VALUE } }.", meta.rangeOf("override")));
            return Map.of();
        }
        Value mine = entries.get(localName);
        if (mine == null) return Map.of();
        Map<String, Value> attributes = mine.isKnown() ? entries(mine.unmark()) : null;
        if (attributes == null) {
            diagnostics.add(PlanDiagnostics.OVERRIDE_ENTRY_NOT_AN_OBJECT
                    .with(localName)
                    .error(
                            "The override for \"" + localName + "\" must be an object of arguments: " + localName
                                    + " = { ARGUMENT = VALUE }.",
                            meta.rangeOf("override")));
            return Map.of();
        }
        return attributes;
    }

    private static Map<String, Value> entries(Value value) {
        if (value instanceof ObjectValue o) return new LinkedHashMap<>(o.attributes());
        if (value instanceof MapValue m) return new LinkedHashMap<>(m.entries());
        return null;
    }

    private Duration duration(CheckedBody meta, String name) {
        if (!meta.isSet(name)) return null;
        String text = MetaValues.string(meta.value(name));
        if (text == null) return null;
        try {
            return GoDuration.parse(text);
        } catch (IllegalArgumentException e) {
            diagnostics.add(
                    PlanDiagnostics.FAILED_TO_PARSE_DURATION.with(name).error(e.getMessage(), meta.rangeOf(name)));
            return null;
        }
    }
}
