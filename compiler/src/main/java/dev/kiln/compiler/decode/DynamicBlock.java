package dev.kiln.compiler.decode;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.source.SourceRange;

/**
 * A {@code dynamic "T"} block: it generates one {@code T} block per element of {@code for_each}.
 * Expanding it needs the evaluator, so the decoder keeps it as written: {@code iterator} and
 * {@code labels} are null when not set, {@code content} is the body of its {@code content} block
 * (null when missing, which is already reported).
 */
public record DynamicBlock(
        String blockType,
        Attribute forEach,
        Attribute iterator,
        Attribute labels,
        DecodedBlock content,
        SourceRange definitionRange) {}
