package dev.kiln.compiler.config;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.source.SourceRange;

/** A local value, from a {@code locals} attribute or a {@code local "NAME"} block ({@code sensitive} null when absent). */
public record LocalValue(
        String name, Expression expression, Expression sensitive, SourceRange nameRange, SourceRange definitionRange) {}
