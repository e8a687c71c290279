package dev.kiln.compiler.ast;

import dev.kiln.compiler.source.SourceRange;

/** An argument definition, {@code name = expression}. */
public record Attribute(
        String name, Expression expression, SourceRange range, SourceRange nameRange, SourceRange equalsRange)
        implements BodyItem {}
