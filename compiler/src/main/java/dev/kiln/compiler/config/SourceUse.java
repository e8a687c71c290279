package dev.kiln.compiler.config;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.decode.ConfigBody;
import dev.kiln.compiler.source.SourceRange;

/**
 * A build's use of a source: from its {@code sources} list or a {@code source "REF"} block, which
 * may rename it ({@code localName}, null when not) and add arguments ({@code extra}, null when none)
 * that are merged into the source's body.
 */
public record SourceUse(SourceRef ref, Expression localName, ConfigBody extra, SourceRange range) {}
