package dev.kiln.compiler.ast;

import dev.kiln.compiler.source.SourceRange;

/**
 * One {@code key = value} of an object constructor. A key written as a bare identifier
 * ({@link Expression.Variable}) names the attribute literally, as in HCL; put it in parentheses to
 * use the variable's value instead.
 */
public record ObjectItem(Expression key, Expression value, SourceRange range) implements Node {}
