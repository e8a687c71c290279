package dev.kiln.compiler.config;

import dev.kiln.compiler.decode.ConfigBody;
import dev.kiln.compiler.decode.DecodedBody;
import dev.kiln.compiler.decode.Decoder;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.DiagnosticKind;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.PluginKind;
import dev.kiln.compiler.schema.PluginSchemas;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.text.Suggestions;
import java.util.Optional;
import java.util.SortedSet;

/** Decodes plugin bodies with their plugin's schema and reports unknown plugin types in Packer's words. */
public final class PluginBlocks {

    private final PluginSchemas plugins;

    /** Decodes with the schemas of {@code plugins}. */
    public PluginBlocks(PluginSchemas plugins) {
        this.plugins = plugins;
    }

    /** The schema of {@code type}, if kiln has that plugin. */
    Optional<BlockSchema> schema(PluginKind kind, String type) {
        return plugins.schema(kind, type);
    }

    /**
     * Decodes {@code body} with the schema of {@code type}; an unknown type is reported when
     * {@code reportUnknown} (an unused source of an unknown type is not an error in Packer).
     */
    PluginBlock decode(
            PluginKind kind,
            String type,
            ConfigBody body,
            SourceRange typeRange,
            SourceRange definition,
            boolean reportUnknown,
            Diagnostics diagnostics) {
        Optional<BlockSchema> schema = plugins.schema(kind, type);
        DecodedBody config = null;
        if (schema.isPresent()) {
            config = Decoder.decode(body, schema.get(), diagnostics);
        } else if (reportUnknown) {
            diagnostics.add(unknownType(kind, kind.blockType(), type, typeRange));
        }
        return new PluginBlock(type, body, config, typeRange, definition);
    }

    /**
     * Packer's "Unknown source type X" for a build's use of a source whose builder kiln does not have:
     * at the {@code build} block's definition, as Packer reports it, shown with the entry naming the source.
     */
    public Diagnostic unknownSourceType(String type, SourceRange build, SourceRange entry) {
        return unknownType(PluginKind.BUILDER, "source", type, build).at(build, entry);
    }

    /**
     * Packer's "Unknown provisioner type \"x\"" (or source, data, post-processor), with a suggestion
     * when a known type is close, else the list of known types. {@code word} is the block type.
     */
    Diagnostic unknownType(PluginKind kind, String word, String type, SourceRange subject) {
        SortedSet<String> known = plugins.types(kind);
        Optional<String> suggestion = Suggestions.closest(type, known);
        DiagnosticKind summary = switch (kind) {
            case BUILDER -> ConfigDiagnostics.UNKNOWN_SOURCE_TYPE.with(type);
            case DATA_SOURCE -> ConfigDiagnostics.UNKNOWN_DATA_TYPE.with(type);
            default -> ConfigDiagnostics.UNKNOWN_PLUGIN_TYPE.with(word, type);
        };
        String knownList =
                "known " + (kind == PluginKind.PROVISIONER && !word.equals("provisioner") ? word + "s" : kind.plural())
                        + ": [" + String.join(" ", known) + "]";
        // A real Packer component is not a typo: say where it comes from rather than what it resembles.
        Optional<String> origin = plugins.packerOrigin(kind, type);
        String detail = origin.map(o -> notProvided(kind, type, o) + " K" + knownList.substring(1) + ".")
                .orElseGet(
                        () -> suggestion.map(s -> "Did you mean \"" + s + "\"?").orElse(knownList));
        return summary.error(detail, subject);
    }

    private static String notProvided(PluginKind kind, String type, String origin) {
        String what = switch (kind) {
            case BUILDER -> "builder";
            case PROVISIONER -> "provisioner";
            case POST_PROCESSOR -> "post-processor";
            case DATA_SOURCE -> "data source";
        };
        if (origin.equals(PluginSchemas.PACKER_CORE))
            return type + " is a " + what + " built into Packer that kiln does not provide yet.";
        String plugin = origin.substring(origin.lastIndexOf('/') + 1);
        return type + " is a " + what + " of the Packer plugin " + plugin + " (" + origin
                + ") that kiln does not provide yet.";
    }
}
