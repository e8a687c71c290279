package dev.kiln.compiler.config;

import dev.kiln.compiler.source.SourceRange;

/** A {@code data "TYPE" "NAME"} block: a data source whose outputs are {@code data.TYPE.NAME.*}. */
public record DataBlock(String type, String name, PluginBlock plugin, SourceRange nameRange) {}
