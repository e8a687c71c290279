package dev.kiln.compiler.ast;

import dev.kiln.compiler.source.SourceRange;
import java.util.List;

/** The contents of a file or a block: arguments and nested blocks in source order. */
public record Body(List<BodyItem> items, SourceRange range) implements Node {

    public Body {
        items = List.copyOf(items);
    }

    /** The arguments of this body, in source order. */
    public List<Attribute> attributes() {
        return items.stream()
                .filter(Attribute.class::isInstance)
                .map(Attribute.class::cast)
                .toList();
    }

    /** The nested blocks of this body, in source order. */
    public List<Block> blocks() {
        return items.stream()
                .filter(Block.class::isInstance)
                .map(Block.class::cast)
                .toList();
    }

    /** A zero-width range where something missing from this body would go (its start). */
    public SourceRange missingItemRange() {
        return range.startRange();
    }
}
