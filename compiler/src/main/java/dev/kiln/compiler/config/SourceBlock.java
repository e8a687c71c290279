package dev.kiln.compiler.config;

import dev.kiln.compiler.source.SourceRange;

/** A top-level {@code source "TYPE" "NAME"} block: a builder configuration builds can use. */
public record SourceBlock(SourceRef ref, PluginBlock plugin, SourceRange nameRange) {}
