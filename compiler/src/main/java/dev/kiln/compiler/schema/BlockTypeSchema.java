package dev.kiln.compiler.schema;

import java.util.List;
import java.util.Objects;

/**
 * A kind of nested block: its type name, the names of its labels, how many may appear, whether one
 * is required, and the schema of its body. A null {@code body} means the body is opaque here: it is
 * kept undecoded for a later stage that knows its schema (a plugin's configuration, {@code locals}).
 */
public record BlockTypeSchema(
        String type, List<String> labelNames, NestingMode nesting, boolean required, BlockSchema body) {

    public BlockTypeSchema {
        Objects.requireNonNull(type, "type");
        labelNames = List.copyOf(labelNames);
        Objects.requireNonNull(nesting, "nesting");
    }

    /** At most one block of this type, without labels. */
    public static BlockTypeSchema single(String type, BlockSchema body) {
        return new BlockTypeSchema(type, List.of(), NestingMode.SINGLE, false, body);
    }

    /** Any number of blocks of this type, with the given labels. */
    public static BlockTypeSchema list(String type, BlockSchema body, String... labelNames) {
        return new BlockTypeSchema(type, List.of(labelNames), NestingMode.LIST, false, body);
    }

    /** This block type, required to appear at least once. */
    public BlockTypeSchema asRequired() {
        return new BlockTypeSchema(type, labelNames, nesting, true, body);
    }

    /** Whether the body is left for a later stage to decode. */
    public boolean isOpaque() {
        return body == null;
    }
}
