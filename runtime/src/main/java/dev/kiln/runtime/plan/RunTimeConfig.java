package dev.kiln.runtime.plan;

import dev.kiln.compiler.decode.CheckedBody;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.plan.PluginConfig;
import dev.kiln.runtime.spi.BuildVariables;
import dev.kiln.stdlib.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A plugin configuration evaluated at the moment the plugin runs, as Packer re-decodes provisioner
 * and post-processor bodies: {@code build.*} bound to the build's current values and the keys core
 * injects ({@code packer_build_name}: the source's name, {@code packer_builder_type}) set, which the
 * plugins read for {@code PACKER_BUILD_NAME}, manifest entries and output names.
 */
record RunTimeConfig(PluginConfig config, String sourceName, String sourceType) {

    /** The outcome: the evaluated body, or the text of the errors that stopped evaluating it. */
    record Evaluated(Optional<CheckedBody> body, String errors) {}

    /** The configuration with {@code variables} as {@code build}. */
    Evaluated evaluate(BuildVariables variables) {
        Diagnostics diagnostics = new Diagnostics();
        CheckedBody body = config.evaluate(BuildObject.of(variables), diagnostics);
        if (diagnostics.hasErrors()) {
            return new Evaluated(
                    Optional.empty(),
                    diagnostics.sorted().stream()
                            .filter(Diagnostic::isError)
                            .map(RunTimeConfig::text)
                            .collect(Collectors.joining("; ")));
        }
        return new Evaluated(Optional.of(withCoreKeys(body, sourceName, sourceType)), "");
    }

    /** {@code body} with the keys core sets in every plugin's configuration; they win over the template, as in Packer. */
    static CheckedBody withCoreKeys(CheckedBody body, String sourceName, String sourceType) {
        Map<String, Value> values = new LinkedHashMap<>(body.values());
        values.put("packer_build_name", Value.string(sourceName));
        values.put("packer_builder_type", Value.string(sourceType));
        return new CheckedBody(body.decoded(), values, body.nested(), body.definitionRange());
    }

    private static String text(Diagnostic d) {
        String where = d.subject() == null
                ? ""
                : d.subject().file() + ":" + d.subject().start().line() + ": ";
        return where + d.summary() + (d.detail() == null || d.detail().isEmpty() ? "" : ": " + d.detail());
    }
}
