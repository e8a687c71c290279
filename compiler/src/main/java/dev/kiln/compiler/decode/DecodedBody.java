package dev.kiln.compiler.decode;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.source.SourceRange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A body checked against its schema: the arguments it sets (name to expression, not evaluated yet),
 * its nested blocks decoded recursively, and its {@code dynamic} blocks kept for expansion.
 * {@code complete} is false when decoding it (or a nested block) reported an error: its plugin's
 * rules must not run then, since they would report consequences of that error (Packer does not
 * call a plugin's {@code Prepare} after a decoding error either).
 */
public record DecodedBody(
        BlockSchema schema,
        Map<String, Attribute> attributes,
        List<DecodedBlock> blocks,
        List<DynamicBlock> dynamicBlocks,
        SourceRange range,
        SourceRange missingItemRange,
        boolean complete) {

    public DecodedBody {
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        blocks = List.copyOf(blocks);
        dynamicBlocks = List.copyOf(dynamicBlocks);
    }

    /** The argument called {@code name}, if set. */
    public Optional<Attribute> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** The nested blocks of type {@code type}, in source order. */
    public List<DecodedBlock> blocks(String type) {
        return blocks.stream().filter(b -> b.type().equals(type)).toList();
    }
}
