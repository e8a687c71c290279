package dev.kiln.compiler.config;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.source.SourceRange;
import java.util.List;

/** What the {@code packer} blocks require: core version constraints and plugins. */
public record PackerRequirements(List<VersionConstraint> versionConstraints, List<PluginRequirement> plugins) {

    public PackerRequirements {
        versionConstraints = List.copyOf(versionConstraints);
        plugins = List.copyOf(plugins);
    }

    /** A {@code required_version} string as written, where it is. */
    public record VersionConstraint(String text, SourceRange range) {}

    /** One {@code required_plugins} entry: {@code NAME = { source = "...", version = "..." }}. */
    public record PluginRequirement(String localName, Expression source, Expression version, SourceRange range) {}
}
