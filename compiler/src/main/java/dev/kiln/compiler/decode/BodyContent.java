package dev.kiln.compiler.decode;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.source.SourceRange;
import java.util.List;
import java.util.Optional;

/** What a {@link ConfigBody} holds according to a schema: arguments and blocks, in source order. */
public record BodyContent(List<Attribute> attributes, List<ContentBlock> blocks, SourceRange missingItemRange) {

    public BodyContent {
        attributes = List.copyOf(attributes);
        blocks = List.copyOf(blocks);
    }

    /** The argument called {@code name}. */
    public Optional<Attribute> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
