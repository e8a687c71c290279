package dev.kiln.compiler.plan;

import dev.kiln.compiler.decode.CheckedBody;
import dev.kiln.compiler.decode.DecodedBody;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.eval.EvalContext;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plugin's configuration in a build: the body as written ({@code body}, with the expressions),
 * the scope it is evaluated in ({@code var}, {@code local}, {@code source.*}, a {@code dynamic}
 * block's iterator; {@code build} unknown), the provisioner {@code override} values for this source,
 * and the values as validation computed them ({@code values}: unknown where only the build knows).
 *
 * <p>The expressions are kept because {@code build.ID}, {@code build.Host} ... exist only once the
 * instance runs: the runtime calls {@link #evaluate(Value, Diagnostics)} with the real
 * {@code build} object right before the plugin runs, as Packer re-decodes provisioner bodies.
 */
public record PluginConfig(
        String type,
        DecodedBody body,
        EvalContext scope,
        Map<String, Value> overrides,
        CheckedBody values,
        SourceRange definitionRange) {

    public PluginConfig {
        overrides = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }

    /** The configuration evaluated again with {@code build} bound to {@code build}'s values (an object). */
    public CheckedBody evaluate(Value build, Diagnostics diagnostics) {
        return ConfigEvaluation.evaluate(
                body, scope.child(Map.of("build", build)), overrides, definitionRange, diagnostics);
    }
}
