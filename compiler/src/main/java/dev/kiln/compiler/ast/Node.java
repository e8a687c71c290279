package dev.kiln.compiler.ast;

import dev.kiln.compiler.source.SourceRange;

/** A node of the syntax tree. Every node knows the exact span of source it came from. */
public sealed interface Node permits Body, BodyItem, Expression, ObjectItem, TemplatePart {

    /** The source this node was parsed from. */
    SourceRange range();
}
