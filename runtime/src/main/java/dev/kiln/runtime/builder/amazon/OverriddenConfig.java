package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.value.Value;
import java.util.List;
import java.util.Map;

/**
 * A source configuration with a few options set by the builder at run time (the instance's
 * address as {@code ssh_host}, the temporary key as {@code ssh_private_key_file}), so the SSH
 * communicator reads them like any other option.
 */
record OverriddenConfig(ConfigView base, Map<String, Value> overrides) implements ConfigView {

    OverriddenConfig {
        overrides = Map.copyOf(overrides);
    }

    @Override
    public boolean isSet(String name) {
        return overrides.containsKey(name) || base.isSet(name);
    }

    @Override
    public Value value(String name) {
        Value v = overrides.get(name);
        return v != null ? v : base.value(name);
    }

    @Override
    public List<? extends ConfigView> blocks(String type) {
        return base.blocks(type);
    }

    @Override
    public SourceRange rangeOf(String name) {
        return base.rangeOf(name);
    }

    @Override
    public SourceRange definitionRange() {
        return base.definitionRange();
    }
}
